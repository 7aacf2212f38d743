import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { call, memberOf, type TestMember } from '../helpers/access.ts';
import { readTreaty, sampleTreatyId } from '../helpers/api.ts';
import { CollabClient } from '../helpers/CollabClient.ts';
import { download, verifyExport } from '../helpers/exports.ts';
import { startServer } from '../helpers/startServer.ts';

const UKRAINIAN = 'Сторони надають допомогу протягом 24 годин після підтвердження нападу.';
/** Clause text that must stay text: markup, a CDATA end, an entity, control characters, PDF operators, a 5,000-character word. */
const HOSTILE = `</p><script>alert(1)</script> ]]> &amp; \u0000\u0007 BT /F1 12 Tf (x) Tj ET ${'Щ'.repeat(5000)} `;
/** Without the C0 controls XML 1.0 cannot hold (tab, LF and CR are allowed); every format leaves them out. */
const withoutControls = (text: string) =>
  [...text].filter((c) => c >= ' ' || c === '\t' || c === '\n' || c === '\r').join('');

/** The sample treaty with Ukrainian text in Article 3, hostile text in Article 2, and Article 5 bracketed by FR. */
async function draftedTreaty() {
  const server = await startServer();
  const id = await sampleTreatyId(server.url);
  const ua = await memberOf(server, id, 'Drafter UA', 'UA');
  const fr = await memberOf(server, id, 'Drafter FR', 'FR');
  const editor = new CollabClient(server.wsUrl, id, { headers: ua.headers });
  await editor.synced();
  editor.bodyText(2).insert(0, `${UKRAINIAN} `);
  editor.bodyText(1).insert(0, HOSTILE);
  await editor.allConfirmed();
  editor.destroy();
  const treaty = await readTreaty(server.url, id);
  const bracket = await call(
    server,
    'POST',
    `/treaties/${id}/clauses/${treaty.clauses[4]?.clauseId}/brackets`,
    {
      headers: fr.headers,
      body: {},
    },
  );
  expect(bracket.status).toBe(200);
  return { server, id, treaty, fr };
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Each Word paragraph as its style and the text a reader sees. */
function wordParagraphs(xml: string): Array<{ style: string | undefined; text: string }> {
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1],
    text: [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>|<w:br\/>/g)]
      .map(([whole, text]) => (whole === '<w:br/>' ? '\n' : (text ?? '')))
      .join('')
      .replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => ENTITIES[name] as string),
  }));
}

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

/** Elements named `name` anywhere under `nodes` (fast-xml-parser's preserveOrder form), in document order. */
function findAll(nodes: OrderedNode[], name: string): OrderedNode[] {
  return nodes.flatMap((node) => {
    const [key] = Object.keys(node).filter((k) => k !== ':@');
    const children = key && key !== '#text' ? (node[key] as OrderedNode[]) : [];
    return [...(key === name ? [node] : []), ...findAll(children, name)];
  });
}

function textOf(node: OrderedNode): string {
  const [key] = Object.keys(node).filter((k) => k !== ':@');
  if (!key) return '';
  if (key === '#text') return String(node[key]);
  return (node[key] as OrderedNode[]).map(textOf).join('');
}

describe('DOCX and Akoma Ntoso export', () => {
  it('writes every clause into a Word document with Heading 1 titles and Word numbering, and verify-export knows it', async () => {
    const { server, id, treaty, fr } = await draftedTreaty();
    const docx = await download(server, `/treaties/${id}/export.docx?scope=full`, fr.headers);
    expect(docx.status).toBe(200);
    expect(docx.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docx.disposition).toMatch(
      /^attachment; filename="?framework-agreement.*-live-text-full-en\.docx"?$/,
    );

    const files = unzipSync(docx.bytes);
    const xml = strFromU8(files['word/document.xml'] as Uint8Array);
    expect(xml).not.toMatch(/<script/i);
    const paragraphs = wordParagraphs(xml);
    const allText = paragraphs.map((p) => p.text).join('\n');
    const headings = paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(headings).toEqual(treaty.clauses.map((clause) => `${clause.label} — ${clause.heading}`));
    for (const clause of treaty.clauses) {
      for (const line of clause.text.split('\n')) expect(allText).toContain(withoutControls(line));
    }
    expect(allText).toContain(UKRAINIAN);
    expect(allText).toContain(withoutControls(HOSTILE));
    expect(allText).toContain(`Bracketed by FR`);

    const numbering = strFromU8(files['word/numbering.xml'] as Uint8Array);
    expect(numbering).toContain('<w:numFmt w:val="lowerLetter"/>');
    const definitions = treaty.clauses[0]?.text.split('\n') ?? [];
    const listed = paragraphs.filter((p) => p.style === 'ListParagraph').map((p) => p.text);
    expect(listed).toEqual(expect.arrayContaining(definitions.slice(1, -1)));

    const verdict = await verifyExport(server, id, docx.bytes, fr.headers);
    expect(verdict.matches).toEqual([
      expect.objectContaining({ format: 'docx', scope: 'full', versionId: 'live' }),
    ]);
  });

  it('writes a well-formed Akoma Ntoso act: one article per clause, unique eIds, tags in proprietary metadata', async () => {
    const { server, id, treaty, fr } = await draftedTreaty();
    const akn = await download(server, `/treaties/${id}/export.akn.xml?scope=full`, fr.headers);
    expect(akn.status).toBe(200);
    expect(akn.type).toBe('application/akn+xml; charset=utf-8');
    expect(akn.disposition).toMatch(/\.akn\.xml"?$/);
    const xml = new TextDecoder().decode(akn.bytes);
    expect(XMLValidator.validate(xml)).toBe(true);

    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name, _path, _leaf, isAttribute) =>
        !isAttribute && ['article', 'p', 'pactum:clause', 'pactum:domain', 'TLCOrganization'].includes(name),
    });
    const act = parser.parse(xml).akomaNtoso.act;
    expect(parser.parse(xml).akomaNtoso.xmlns).toBe('http://docs.oasis-open.org/legaldocml/ns/akn/3.0');
    expect(act.name).toBe('treaty');
    expect(act.meta.identification.FRBRWork.FRBRthis.value).toBe(`/akn/un/act/treaty/${id}/!main`);
    expect(act.meta.identification.FRBRExpression.FRBRlanguage.language).toBe('eng');
    expect(act.preface.p[0].docTitle).toBe(treaty.title);
    expect(act.preamble.p.map((p: unknown) => String(p))).toEqual(treaty.preamble.split('\n'));
    const articles = act.body.article as Array<{ eId: string; GUID: string; num: string; heading: string }>;
    expect(articles.map((a) => [a.eId, a.GUID, a.num, a.heading])).toEqual(
      treaty.clauses.map((clause) => [`art_${clause.number}`, clause.clauseId, clause.label, clause.heading]),
    );
    const eIds = [...xml.matchAll(/ eId="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(eIds).size).toBe(eIds.length);
    expect(act.meta.references.TLCOrganization.map((o: { showAs: string }) => o.showAs)).toEqual(
      expect.arrayContaining(['Pactum', 'Ukraine', 'France']),
    );

    const tagged = treaty.clauses[2];
    const clauses = act.meta.proprietary['pactum:clause'] as Array<Record<string, unknown>>;
    expect(clauses.map((c) => c.clauseId)).toEqual(treaty.clauses.map((clause) => clause.clauseId));
    const metadata = clauses.find((c) => c.clauseId === tagged?.clauseId);
    expect(metadata).toMatchObject({ article: '#art_3', 'pactum:domain': ['Military assistance'] });
    expect(String(metadata?.['pactum:trigger'])).toMatch(
      /^Armed attack on territory, severity ≥ 3, verified by/,
    );
    expect(String(act.meta.proprietary['pactum:export']['pactum:stamp'])).toMatch(
      /^pactum-stamp:sha256:[0-9a-f]{64}$/,
    );

    // Text round-trips: each article's paragraphs, read back by a parser, are the clause's lines.
    const ordered = new XMLParser({ ignoreAttributes: false, preserveOrder: true, trimValues: false }).parse(
      xml,
    );
    expect(findAll(ordered, 'script')).toEqual([]);
    const bodies = findAll(ordered, 'article').map((article) =>
      findAll([article], 'p')
        .filter((p) => !p[':@']?.['@_status'])
        .map(textOf),
    );
    expect(bodies).toEqual(treaty.clauses.map((clause) => clause.text.split('\n').map(withoutControls)));
    const bracketed = findAll(ordered, 'blockContainer').find(
      (c) => c[':@']?.['@_eId'] === 'art_5__bracketed',
    );
    expect(bracketed?.[':@']?.['@_refersTo']).toBe('#bracketed #org_fr');

    const verdict = await verifyExport(server, id, akn.bytes, fr.headers);
    expect(verdict.matches).toEqual([
      expect.objectContaining({ format: 'akn', scope: 'full', versionId: 'live' }),
    ]);
  });

  it('lets an observer export both formats and refuses anyone without a session', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const observer: TestMember = await memberOf(server, id, 'Olga', 'UA', 'observer');
    for (const format of ['docx', 'akn.xml']) {
      expect((await download(server, `/treaties/${id}/export.${format}`, observer.headers)).status).toBe(200);
      expect((await download(server, `/treaties/${id}/export.${format}`, {})).status).toBe(401);
    }
  });
});
