import { type TreatyDraft, treatyFile, treatyFromYDoc, writeTreatyToYDoc } from '@pactum/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { call, memberOf, operatorHeaders } from '../helpers/access.ts';
import { CollabClient } from '../helpers/CollabClient.ts';
import { type RunningServer, startServer } from '../helpers/startServer.ts';

const ENGLISH: TreatyDraft = {
  title: 'Agreement on Security Cooperation',
  preamble: ['The Parties,'],
  parties: [
    { code: 'UA', name: 'Ukraine' },
    { code: 'PL', name: 'Poland' },
  ],
  clauses: [
    { heading: 'Purpose', paragraphs: ['The Parties shall cooperate in matters of security.'] },
    { heading: 'Assistance', paragraphs: ['Each Party shall provide assistance within 24 hours.'] },
  ],
};

const UKRAINIAN = {
  title: 'Угода про співробітництво у сфері безпеки',
  preamble: ['Сторони,'],
  clauses: [
    { heading: 'Мета', paragraphs: ['Сторони співпрацюють у питаннях безпеки.'] },
    { heading: 'Допомога', paragraphs: ['Кожна Сторона зобов’язується надати допомогу протягом 24 годин.'] },
  ],
};

/** A treaty imported from a treaty file of `draft` (nothing of the sample treaty in it). */
async function importTreaty(server: RunningServer, draft: TreatyDraft): Promise<string> {
  const doc = new Y.Doc();
  writeTreatyToYDoc(doc, draft);
  const file = treatyFile(treatyFromYDoc(doc), [], new Date().toISOString());
  const imported = await call(server, 'POST', '/imports', { headers: operatorHeaders(server), body: file });
  expect(imported.status).toBe(201);
  return imported.body.id as string;
}

const get = (server: RunningServer, path: string) =>
  call(server, 'GET', path, { headers: operatorHeaders(server) });

async function nameVersion(server: RunningServer, id: string, name: string): Promise<string> {
  const created = await call(server, 'POST', `/treaties/${id}/versions`, {
    headers: operatorHeaders(server),
    body: { name },
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

async function retype(client: CollabClient, index: number, lang: string, value: string): Promise<void> {
  const text = client.bodyText(index, lang);
  client.doc.transact(() => {
    text.delete(0, text.length);
    text.insert(0, value);
  });
  await client.allConfirmed();
}

type Comparison = {
  lang: string;
  summary: Record<string, number>;
  title?: Array<{ op: string; text: string }>;
  clauses: Array<{
    clauseId: string;
    status: string;
    from: { heading: string } | null;
    to: { heading: string } | null;
    text?: Array<{ op: string; text: string }>;
    material: Array<{ kind: string; description: string }>;
  }>;
};

describe('versions, compare and clause history per language', () => {
  it('compares, lists clauses and reads history in the language asked for; refuses one the treaty lacks', async () => {
    const server = await startServer();
    const id = await importTreaty(server, {
      ...ENGLISH,
      languages: ['en', 'uk'],
      translations: { uk: UKRAINIAN },
    });
    const first = await nameVersion(server, id, 'Kyiv draft 1');
    const editor = new CollabClient(server.wsUrl, id);
    await editor.synced();
    await retype(editor, 1, 'uk', 'Кожна Сторона має право надати допомогу протягом 48 годин.');

    const uk = await get(server, `/treaties/${id}/compare?from=${first}&to=live&lang=uk`);
    expect(uk.status).toBe(200);
    const ukBody = uk.body as Comparison;
    expect(ukBody.lang).toBe('uk');
    expect(ukBody.clauses.map((clause) => [clause.to?.heading, clause.status])).toEqual([
      ['Мета', 'unchanged'],
      ['Допомога', 'changed'],
    ]);
    expect(ukBody.clauses[1]?.material.map((change) => change.kind)).toEqual(['modal', 'number']);
    expect(ukBody.clauses[1]?.material[0]?.description).toBe(
      "obligation wording “зобов'язується” → “має право”",
    );
    // The English text did not change, and English is the default.
    const en = (await get(server, `/treaties/${id}/compare?from=${first}&to=live`)).body as Comparison;
    expect([en.lang, en.summary.changed, en.clauses[1]?.to?.heading]).toEqual(['en', 0, 'Assistance']);

    for (const lang of ['fr', 'UK', 'ukr']) {
      const refused = await get(server, `/treaties/${id}/compare?from=${first}&to=live&lang=${lang}`);
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toMatch(
        lang === 'fr' ? /"fr" is not a language of this treaty \(en, uk\)/ : /lang/,
      );
    }

    const clauses = await get(server, `/treaties/${id}/clauses?lang=uk`);
    expect(clauses.body.clauses.map((c: { label: string; heading: string }) => [c.label, c.heading])).toEqual(
      [
        ['Стаття 1', 'Мета'],
        ['Стаття 2', 'Допомога'],
      ],
    );
    expect((await get(server, `/treaties/${id}/clauses`)).body.clauses[0].heading).toBe('Purpose');
    const noGerman = await get(server, `/treaties/${id}/clauses?lang=de`);
    expect([noGerman.status, noGerman.body.error.message]).toEqual([
      400,
      '"de" is not a language of this treaty (en, uk)',
    ]);

    await nameVersion(server, id, 'Kyiv draft 2');
    const clauseId = ukBody.clauses[1]?.clauseId as string;
    const history = (lang: string) => get(server, `/treaties/${id}/clauses/${clauseId}/history?lang=${lang}`);
    const ukHistory = await history('uk');
    expect(ukHistory.body.lang).toBe('uk');
    expect(
      ukHistory.body.states.map((s: { versionName: string; text: string; lang: string }) => [
        s.versionName,
        s.lang,
        s.text,
      ]),
    ).toEqual([
      ['Kyiv draft 1', 'uk', 'Кожна Сторона зобов’язується надати допомогу протягом 24 годин.'],
      ['Kyiv draft 2', 'uk', 'Кожна Сторона має право надати допомогу протягом 48 годин.'],
    ]);
    // The second version changed nothing in English: the English history has one state.
    const enHistory = await history('en');
    expect(enHistory.body.states.map((s: { text: string }) => s.text)).toEqual([
      'Each Party shall provide assistance within 24 hours.',
    ]);
    expect((await history('pl')).status).toBe(400);
    editor.destroy();
  });

  it('compares a version made before a language was added as empty text in it', async () => {
    const server = await startServer();
    const id = await importTreaty(server, ENGLISH);
    const before = await nameVersion(server, id, 'English only');
    const added = await call(server, 'POST', `/treaties/${id}/languages`, {
      headers: operatorHeaders(server),
      body: { code: 'uk' },
    });
    expect(added.status).toBe(201);
    const editor = new CollabClient(server.wsUrl, id);
    await editor.synced();
    await retype(editor, 0, 'uk', 'Сторони співпрацюють у питаннях безпеки.');

    const uk = (await get(server, `/treaties/${id}/compare?from=${before}&to=live&lang=uk`))
      .body as Comparison;
    expect(uk.lang).toBe('uk');
    expect(uk.clauses[0]).toMatchObject({ status: 'changed', from: { heading: '' } });
    expect(uk.clauses[0]?.text).toEqual([{ op: 'insert', text: 'Сторони співпрацюють у питаннях безпеки.' }]);
    expect(uk.clauses[1]?.status).toBe('unchanged');
    const en = (await get(server, `/treaties/${id}/compare?from=${before}&to=live&lang=en`))
      .body as Comparison;
    expect(en.summary.changed).toBe(0);
    editor.destroy();
  });

  it('compares the two languages of a version or the live text, article by article, with concordance', async () => {
    const server = await startServer();
    const id = await importTreaty(server, {
      ...ENGLISH,
      languages: ['en', 'uk'],
      translations: { uk: UKRAINIAN },
    });
    const olena = await memberOf(server, id, 'Olena', 'UA');
    const clauses = (await get(server, `/treaties/${id}/clauses`)).body.clauses as Array<{
      clauseId: string;
    }>;
    for (const { clauseId } of clauses) {
      const confirmed = await call(server, 'POST', `/treaties/${id}/clauses/${clauseId}/concordance`, {
        headers: olena.headers,
      });
      expect(confirmed.status).toBe(200);
    }
    const version = await nameVersion(server, id, 'Confirmed texts');
    const editor = new CollabClient(server.wsUrl, id);
    await editor.synced();
    await retype(editor, 1, 'uk', 'Кожна Сторона зобов’язується надати допомогу протягом 48 годин.');

    const live = await get(server, `/treaties/${id}/compare-languages`);
    expect(live.status).toBe(200);
    expect([live.body.at, live.body.left, live.body.right]).toEqual([{ id: 'live' }, 'en', 'uk']);
    expect(live.body.title).toEqual({ left: ENGLISH.title, right: UKRAINIAN.title });
    expect(
      live.body.clauses.map(
        (c: { left: { label: string }; right: { label: string }; status: string; changed: string[] }) => [
          c.left.label,
          c.right.label,
          c.status,
          c.changed,
        ],
      ),
    ).toEqual([
      ['Article 1', 'Стаття 1', 'concordant', []],
      ['Article 2', 'Стаття 2', 'outdated', ['uk']],
    ]);
    expect(live.body.counts).toMatchObject({ concordant: 1, outdated: 1 });
    const since = live.body.clauses[1].right.sinceConfirmed.text as Array<{ op: string; text: string }>;
    expect(since.filter((s) => s.op !== 'equal')).toEqual([
      { op: 'delete', text: '24 ' },
      { op: 'insert', text: '48 ' },
    ]);

    // The version holds the texts and confirmations as they were: both concordant there.
    const then = await get(server, `/treaties/${id}/compare-languages?at=${version}&left=uk&right=en`);
    expect([then.body.at.name, then.body.left, then.body.counts.concordant]).toEqual([
      'Confirmed texts',
      'uk',
      2,
    ]);
    expect(then.body.clauses[1].left.text).toBe(UKRAINIAN.clauses[1]?.paragraphs[0]);

    for (const query of ['left=en&right=en', 'left=fr', 'right=de', 'at=nonsense']) {
      const refused = await get(server, `/treaties/${id}/compare-languages?${query}`);
      expect([query, refused.status]).toEqual([query, 400]);
    }
    editor.destroy();
  });
});
