import { describe, expect, it } from 'vitest';
import { call, memberOf, operatorHeaders, type TestMember } from '../helpers/access.ts';
import { readTreaty, sampleTreatyId } from '../helpers/api.ts';
import { CollabClient } from '../helpers/CollabClient.ts';
import { pactumCli } from '../helpers/cli.ts';
import { download, verifyExport } from '../helpers/exports.ts';
import { pdfFonts, pdfPageCount, pdfText, tempPdf } from '../helpers/pdf.ts';
import { startServer } from '../helpers/startServer.ts';

const PARTIES = ['UA', 'FR', 'UK', 'DE', 'PL', 'NL', 'CA'] as const;
const UKRAINIAN = 'Сторони надають допомогу протягом 24 годин після підтвердження нападу.';

/**
 * Pdftotext breaks long lines and puts each page's header and footer in the
 * running text; compare without those and without any whitespace.
 */
const squeeze = (text: string) =>
  text
    .split('\n')
    .filter(
      (line) =>
        !/^(Page \d+ of \d+|.* · SHA-256 [0-9a-f]{64}|Framework Agreement on Security Guarantees for Ukraine)$/.test(
          line.trim(),
        ),
    )
    .join('')
    .replace(/\s+/g, '');

/** The sample treaty with Ukrainian text in Article 3, Articles 1 and 3 agreed by all seven parties, Article 4 ad referendum. */
async function negotiatedTreaty() {
  const server = await startServer();
  const id = await sampleTreatyId(server.url);
  const drafters: Record<string, TestMember> = {};
  for (const code of PARTIES) drafters[code] = await memberOf(server, id, `Drafter ${code}`, code);
  const editor = new CollabClient(server.wsUrl, id, { headers: (drafters.UA as TestMember).headers });
  await editor.synced();
  editor.bodyText(2).insert(0, `${UKRAINIAN} `);
  await editor.allConfirmed();
  editor.destroy();
  const clauses = (await readTreaty(server.url, id)).clauses;
  // The English of Article 3 changed since the sample's texts were confirmed concordant: UA confirms them again.
  const concordant = await call(
    server,
    'POST',
    `/treaties/${id}/clauses/${clauses[2]?.clauseId}/concordance`,
    {
      headers: (drafters.UA as TestMember).headers,
      body: {},
    },
  );
  expect(concordant.status).toBe(200);
  for (const [index, adReferendum] of [
    [0, false],
    [2, false],
    [3, true],
  ] as const) {
    for (const code of PARTIES) {
      const signed = await call(
        server,
        'POST',
        `/treaties/${id}/clauses/${clauses[index]?.clauseId}/signoff`,
        {
          headers: (drafters[code] as TestMember).headers,
          body: { adReferendum: adReferendum && code === 'PL' },
        },
      );
      expect(signed.status).toBe(200);
    }
  }
  return { server, id, clauses, drafters: drafters as Record<(typeof PARTIES)[number], TestMember> };
}

describe('PDF export', () => {
  it('exports exactly the agreed articles, in order with their numbers, and names the open ones', async () => {
    const { server, id, clauses, drafters } = await negotiatedTreaty();
    const pdf = await download(server, `/treaties/${id}/export.pdf?scope=agreed`, drafters.FR.headers);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.disposition).toMatch(
      /^attachment; filename="?framework-agreement.*-live-text-agreed-en\.pdf"?$/,
    );
    const text = await pdfText(pdf.bytes);
    const flat = squeeze(text);

    const articles = text.slice(0, text.indexOf('Not included'));
    const titles = [...articles.matchAll(/^Article (\d+) — (.+)$/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(titles).toEqual([
      `1 ${clauses[0]?.heading}`,
      `3 ${clauses[2]?.heading}`,
      `4 ${clauses[3]?.heading}`,
    ]);
    // Every paragraph and list item (the PDF adds the list markers a., b., …).
    for (const index of [0, 2, 3]) {
      for (const line of String(clauses[index]?.text).split('\n')) expect(flat).toContain(squeeze(line));
    }
    expect(flat).toContain(squeeze(UKRAINIAN));
    expect(text).toContain('Agreed ad referendum');
    expect(flat).not.toContain(squeeze(clauses[1]?.text as string));
    expect(squeeze(text.slice(text.indexOf('Not included')))).toContain(
      squeeze(`Article 2 — ${clauses[1]?.heading} (draft)`),
    );

    const verdict = await verifyExport(server, id, pdf.bytes, drafters.FR.headers);
    expect(verdict).toMatchObject({ matches: [{ scope: 'agreed', versionId: 'live', format: 'pdf' }] });
    const pages = await pdfPageCount(pdf.bytes);
    for (let page = 1; page <= pages; page++) expect(text).toContain(`Page ${page} of ${pages}`);
    expect(text).toContain(`Live text · SHA-256 ${verdict.stamp}`);
    expect(text).toContain('Framework Agreement on Security Guarantees for Ukraine');

    const fonts = await pdfFonts(pdf.bytes);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
    expect(fonts.map((font) => font.name).join(' ')).toMatch(/DejaVuSerif/);

    const audit = await call(server, 'GET', `/treaties/${id}/audit`, { headers: drafters.FR.headers });
    expect(audit.body.entries.at(-1)).toMatchObject({
      event: 'export.made',
      actor: { delegation: 'FR' },
      details: { format: 'pdf', scope: 'agreed', stamp: verdict.stamp },
    });
  });

  it('shows brackets and options in the full text, a redline in a compare, and a named version as it was', async () => {
    const { server, id, clauses, drafters } = await negotiatedTreaty();
    const clause = (index: number) => `/treaties/${id}/clauses/${clauses[index]?.clauseId}`;
    await call(server, 'POST', `${clause(1)}/brackets`, {
      headers: drafters.FR.headers,
      body: { reason: 'scope' },
    });
    await call(server, 'POST', `${clause(4)}/options`, {
      headers: drafters.UK.headers,
      body: { paragraphs: ['The Parties should share intelligence within 48 hours.'] },
    });
    await call(server, 'POST', `${clause(4)}/reservations`, {
      headers: drafters.NL.headers,
      body: { text: 'The Netherlands reserves its position on intelligence channels.' },
    });
    const full = await pdfText(
      (await download(server, `/treaties/${id}/export.pdf?scope=full&annex=1`, drafters.UA.headers)).bytes,
    );
    const flat = squeeze(full);
    expect(flat).toContain(squeeze(`[${clauses[1]?.text}]`));
    expect(full).toContain('Bracketed by FR');
    // Agreed articles print plain; articles not yet agreed go between brackets too.
    const agreedLine = String(clauses[2]?.text).split('\n')[0] as string;
    expect(flat).toContain(squeeze(agreedLine));
    expect(flat).not.toContain(squeeze(`[${agreedLine}`));
    expect(flat).toContain(squeeze(`Not yet agreed[${String(clauses[5]?.text).split('\n')[0]}`));
    expect(flat).toContain(squeeze('Option A (supported by UK)'));
    expect(flat).toContain(squeeze('[The Parties should share intelligence within 48 hours.]'));
    expect(flat).toContain(squeeze('Reservation of NL: The Netherlands reserves its position'));
    expect(full).toContain('Annex — Clause tags');
    expect(full).toMatch(/Committed\s+parties/);
    expect(flat).toContain(squeeze('Armed attack on territory, severity ≥ 3'));

    const chair = { headers: operatorHeaders(server) };
    const v1 = await call(server, 'POST', `/treaties/${id}/versions`, {
      ...chair,
      body: { name: 'Paris draft 3' },
    });
    const editor = new CollabClient(server.wsUrl, id, { headers: drafters.UA.headers });
    await editor.synced();
    const body = editor.bodyText(5);
    const before = body.toString();
    const at = before.indexOf('shall');
    expect(at).toBeGreaterThanOrEqual(0);
    body.delete(at, 'shall'.length);
    body.insert(at, 'should');
    await editor.allConfirmed();
    editor.destroy();

    const compare = await pdfText(
      (
        await download(
          server,
          `/treaties/${id}/export.pdf?scope=compare&from=${v1.body.id}&to=live`,
          drafters.UA.headers,
        )
      ).bytes,
    );
    expect(compare).toContain('Comparison with Paris draft 3');
    const article6 = compare.slice(compare.indexOf('Article 6 —'), compare.indexOf('Article 7 —'));
    expect(article6).toContain('(changed)');
    expect(squeeze(article6)).toMatch(/shall.*should|should.*shall/);

    const old = await pdfText(
      (
        await download(
          server,
          `/treaties/${id}/export.pdf?scope=full&version=${v1.body.id}`,
          drafters.UA.headers,
        )
      ).bytes,
    );
    expect(old).toContain('Paris draft 3 · SHA-256');
    const around = (text: string) => squeeze(text.slice(Math.max(0, at - 30), at + 30));
    expect(squeeze(old)).toContain(around(before));
    expect(squeeze(old)).not.toContain(around(body.toString()));
  });

  it('treats clause text as data: PDF operators, markup and endless words print as text and nothing else', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const hostile = [
      'BT /F1 24 Tf 100 700 Td (INJECTED) Tj ET',
      ') Tj /JavaScript << /S /JavaScript /JS (app.alert(1)) >>',
      '</p><script>alert(1)</script><img src="http://evil.example/x.png">',
      'x'.repeat(4000),
    ];
    const writer = new CollabClient(server.wsUrl, id);
    await writer.synced();
    writer.bodyText(0).insert(0, hostile.join(' '));
    await writer.allConfirmed();
    writer.destroy();
    const pdf = await download(server, `/treaties/${id}/export.pdf?scope=full`, operatorHeaders(server));
    expect(pdf.status).toBe(200);
    const raw = Buffer.from(pdf.bytes).toString('latin1');
    for (const marker of ['/JavaScript', '/JS', '/URI', '/Launch', '/OpenAction', '/AA'])
      expect(raw).not.toContain(marker);
    const text = squeeze(await pdfText(pdf.bytes));
    for (const piece of hostile) expect(text).toContain(squeeze(piece));
    expect(await pdfPageCount(pdf.bytes)).toBeLessThan(20);
  });

  it('tells a stamped file from a tampered or unknown one', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const headers = operatorHeaders(server);
    const pdf = await download(server, `/treaties/${id}/export.pdf?scope=full`, headers);
    const known = await verifyExport(server, id, pdf.bytes, headers);
    expect(known.verdict).toMatch(/^This file is the full text of "Live text"/);
    const file = tempPdf(pdf.bytes, 'circulated.pdf');
    const cli = await pactumCli(server.dataDir, 'verify-export', file);
    expect(cli).toMatchObject({
      code: 0,
      stdout: expect.stringContaining(
        `the full text of "Live text" (live) of treaty ${id} in English (en), exported as pdf`,
      ),
    });
    const tampered = Buffer.from(pdf.bytes);
    const at = tampered.indexOf(`sha256:${known.stamp}`) + 'sha256:'.length;
    tampered[at] = tampered[at] === 0x61 ? 0x62 : 0x61;
    expect(await verifyExport(server, id, tampered, headers)).toMatchObject({
      matches: [],
      verdict: expect.stringMatching(/matches no export/),
    });
    expect(
      await verifyExport(server, id, new TextEncoder().encode('%PDF-1.3 nothing here'), headers),
    ).toMatchObject({
      stamp: null,
      verdict: 'This file carries no Pactum stamp.',
    });
    const empty = await fetch(`${server.url}/api/treaties/${id}/verify-export`, { method: 'POST', headers });
    expect(empty.status).toBe(400);
    expect(
      (await call(server, 'GET', `/treaties/${id}/export.pdf?scope=everything`, { headers })).status,
    ).toBe(400);
    expect(
      (await call(server, 'GET', `/treaties/${id}/export.pdf?scope=compare&from=live`, { headers })).status,
    ).toBe(400);
    expect(
      (await call(server, 'GET', `/treaties/${id}/export.pdf?version=v-doesnotexist`, { headers })).status,
    ).toBe(404);
    expect((await call(server, 'GET', `/treaties/${id}/export.pdf`)).status).toBe(401);
  });
});

describe('JSON backup', () => {
  it('round-trips a treaty: export, import as a new treaty, export again gives the same treaty', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const olena = await memberOf(server, id, 'Olena', 'UA');
    const first = await call(server, 'GET', `/treaties/${id}/export.json`, { headers: olena.headers });
    expect(first.body).toMatchObject({
      format: 'pactum-treaty',
      formatVersion: 2,
      treaty: { languages: ['en', 'uk'] },
    });
    // A backup holds the whole text: it is in the audit chain like any export, without a stamp.
    const audit = (await call(server, 'GET', `/treaties/${id}/audit`, { headers: olena.headers })).body;
    expect(audit.entries.at(-1)).toMatchObject({
      event: 'export.made',
      actor: { kind: 'member', name: 'Olena', delegation: 'UA' },
      details: { format: 'json', scope: 'backup', versionId: 'live' },
    });
    expect(audit.entries.at(-1).details).not.toHaveProperty('stamp');
    const imported = await call(server, 'POST', '/imports', { headers: olena.headers, body: first.body });
    expect(imported.status).toBe(201);
    expect(imported.body.id).not.toBe(id);
    const me = await call(server, 'GET', `/treaties/${imported.body.id}/me`, { headers: olena.headers });
    expect(me.body.role).toBe('chair');
    const second = await call(server, 'GET', `/treaties/${imported.body.id}/export.json`, {
      headers: olena.headers,
    });
    expect(second.body.treaty).toEqual(first.body.treaty);
    expect(second.body.treaty.clauses[2].commitments.length).toBeGreaterThan(0);
  });

  it('refuses a bad file with a message that says what is wrong, and creates nothing', async () => {
    const server = await startServer();
    const headers = operatorHeaders(server);
    const id = await sampleTreatyId(server.url);
    const file = (await call(server, 'GET', `/treaties/${id}/export.json`, { headers })).body;
    const count = async () => (await call(server, 'GET', '/treaties', { headers })).body.treaties.length;
    const before = await count();
    const attempts: Array<[unknown, RegExp]> = [
      [{ ...file, format: 'word' }, /not a Pactum treaty file/],
      [
        { ...file, treaty: { ...file.treaty, clauses: [] } },
        /treaty\.clauses: a treaty needs at least one article/,
      ],
      [
        {
          ...file,
          treaty: {
            ...file.treaty,
            clauses: [
              {
                ...file.treaty.clauses[0],
                texts: {
                  ...file.treaty.clauses[0].texts,
                  en: { heading: 'H', body: [{ type: 'image', attrs: { src: 'x' } }] },
                },
              },
            ],
          },
        },
        /does not fit a treaty/,
      ],
      [
        {
          ...file,
          treaty: { ...file.treaty, clauses: [{ ...file.treaty.clauses[0], domains: ['no-such-domain'] }] },
        },
        /no-such-domain|domain/,
      ],
    ];
    for (const [body, message] of attempts) {
      const response = await call(server, 'POST', '/imports', { headers, body });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(message);
    }
    expect(await count()).toBe(before);
  });
});
