import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { call, operatorHeaders } from '../helpers/access.ts';
import { BILINGUAL_DRAFT, importBilingualTreaty } from '../helpers/bilingualTreaty.ts';
import { download, verifyExport } from '../helpers/exports.ts';
import { startServer } from '../helpers/startServer.ts';

const uk = BILINGUAL_DRAFT.translations?.uk as NonNullable<
  NonNullable<typeof BILINGUAL_DRAFT.translations>['uk']
>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['article', 'p'].includes(name),
});

async function bilingualServer() {
  const server = await startServer();
  const id = await importBilingualTreaty(server);
  return { server, id, headers: operatorHeaders(server) };
}

describe('DOCX and Akoma Ntoso per language', () => {
  it('writes a Ukrainian Word document: Ukrainian headings, labels, page numbers and proofing language', async () => {
    const { server, id, headers } = await bilingualServer();
    const docx = await download(server, `/treaties/${id}/export.docx?scope=full&lang=uk`, headers);
    expect(docx.status).toBe(200);
    const files = unzipSync(docx.bytes);
    const xml = strFromU8(files['word/document.xml'] as Uint8Array);
    const headings = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading1"\/>.*?<\/w:p>/g)].map(
      ([p]) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
    );
    expect(headings).toEqual(uk.clauses.map((clause, index) => `Стаття ${index + 1} — ${clause.heading}`));
    expect(xml).toContain(uk.title);
    expect(xml).toContain('Ще не погоджено');
    expect(xml).toContain('Сторони');
    expect(xml).not.toContain('Not yet agreed');
    const footers = Object.keys(files)
      .filter((name) => /^word\/footer\d*\.xml$/.test(name))
      .map((name) => strFromU8(files[name] as Uint8Array))
      .join('');
    expect(footers).toContain('Сторінка ');
    expect(footers).toContain(' з ');
    expect(strFromU8(files['word/styles.xml'] as Uint8Array)).toMatch(/<w:lang w:val="uk"\/>/);
    const verdict = await verifyExport(server, id, docx.bytes, headers);
    expect(verdict.matches).toEqual([expect.objectContaining({ format: 'docx', languages: ['uk'] })]);
  });

  it('writes one Akoma Ntoso expression per language of the same work, each authoritative, with the same eIds', async () => {
    const { server, id, headers } = await bilingualServer();
    const read = async (lang: string) => {
      const akn = await download(server, `/treaties/${id}/export.akn.xml?scope=full&lang=${lang}`, headers);
      expect(akn.status).toBe(200);
      const xml = new TextDecoder().decode(akn.bytes);
      expect(XMLValidator.validate(xml)).toBe(true);
      return { xml, act: parser.parse(xml).akomaNtoso.act, bytes: akn.bytes };
    };
    const en = await read('en');
    const ua = await read('uk');
    const identification = (act: typeof en.act) => act.meta.identification;
    expect(identification(ua.act).FRBRWork).toEqual(identification(en.act).FRBRWork);
    expect(identification(en.act).FRBRExpression.FRBRlanguage.language).toBe('eng');
    expect(identification(ua.act).FRBRExpression.FRBRlanguage.language).toBe('ukr');
    for (const { act } of [en, ua])
      expect(identification(act).FRBRExpression.FRBRauthoritative.value).toBe('true');
    expect(identification(ua.act).FRBRExpression.FRBRuri.value).toMatch(
      new RegExp(`^/akn/un/act/treaty/${id}/ukr@\\d{4}-\\d{2}-\\d{2}$`),
    );
    expect(identification(en.act).FRBRExpression.FRBRuri.value).toMatch(/\/eng@/);
    const eIds = (xml: string) => [...xml.matchAll(/ eId="([^"]+)"/g)].map((match) => match[1]);
    expect(eIds(ua.xml)).toEqual(eIds(en.xml));
    const articles = ua.act.body.article as Array<{ eId: string; num: string; heading: string }>;
    expect(articles.map((a) => [a.eId, a.num, a.heading])).toEqual(
      uk.clauses.map((clause, index) => [`art_${index + 1}`, `Стаття ${index + 1}`, clause.heading]),
    );
    expect(ua.act.preface.p[0].docTitle).toBe(uk.title);
    expect(ua.act.preamble.p).toEqual(uk.preamble);
    const verdict = await verifyExport(server, id, ua.bytes, headers);
    expect(verdict.matches).toEqual([expect.objectContaining({ format: 'akn', languages: ['uk'] })]);
  });

  it('refuses a language the treaty does not have, a malformed one, and two languages outside a PDF', async () => {
    const { server, id, headers } = await bilingualServer();
    const refused: Array<[string, RegExp]> = [
      ['export.pdf?lang=de', /no German version \("de"\); its languages are en, uk/],
      ['export.docx?lang=fr', /its languages are en, uk/],
      ['export.pdf?lang=xx', /lang: must be a language code/],
      ['export.pdf?lang=EN', /lang: must be a language code/],
      ['export.pdf?lang=en,uk,fr', /lang: must be a language code/],
      ['export.pdf?lang=uk,uk', /lang: names the same language twice/],
      ['export.docx?lang=en,uk', /holds one language/],
      ['export.akn.xml?lang=en,uk', /holds one language/],
    ];
    for (const [path, message] of refused) {
      const response = await call(server, 'GET', `/treaties/${id}/${path}`, { headers });
      expect([path, response.status]).toEqual([path, 400]);
      expect(response.body.error.message).toMatch(message);
    }
    const audit = await call(server, 'GET', `/treaties/${id}/audit`, { headers });
    expect(audit.body.entries.filter((entry: { event: string }) => entry.event === 'export.made')).toEqual(
      [],
    );
  });
});
