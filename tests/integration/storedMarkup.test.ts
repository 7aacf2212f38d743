import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { call, memberOf, operatorHeaders } from '../helpers/access.ts';
import { readTreaty } from '../helpers/api.ts';
import { download } from '../helpers/exports.ts';
import { pdfText } from '../helpers/pdf.ts';
import { startServer } from '../helpers/startServer.ts';

/** Markup that would run if any export were read as HTML or XML markup. */
const payload = (where: string) =>
  `<script>alert('${where}')</script><img src=x onerror="alert('${where}')">${where}`;
const ESCAPED = /&lt;script&gt;|&lt;img src=x/;
const ELEMENTS = /<(script|img|iframe|a|svg|html:)[\s/>]/i;

/** Every element and attribute name in an XML document, as a parser reads it. */
function namesIn(xml: string): { elements: Set<string>; attributes: Set<string> } {
  type Node = Record<string, unknown> & { ':@'?: Record<string, string> };
  const elements = new Set<string>();
  const attributes = new Set<string>();
  const visit = (nodes: Node[]) => {
    for (const node of nodes) {
      for (const name of Object.keys(node)) {
        if (name === ':@' || name === '#text') continue;
        elements.add(name.replace(/^.*:/, ''));
        visit(node[name] as Node[]);
      }
      for (const name of Object.keys(node[':@'] ?? {})) attributes.add(name.replace(/^@_(.*:)?/, ''));
    }
  };
  visit(new XMLParser({ ignoreAttributes: false, preserveOrder: true }).parse(xml) as Node[]);
  return { elements, attributes };
}

describe('markup in every field of a treaty, in every export', () => {
  it('stays text in PDF, DOCX, Akoma Ntoso and the JSON backup, which are downloads that do not render', async () => {
    const server = await startServer();
    const operator = operatorHeaders(server);
    const created = await call(server, 'POST', '/treaties', {
      headers: operator,
      body: { title: payload('title') },
    });
    const id: string = created.body.id;
    await call(server, 'PUT', `/treaties/${id}/parties/UA`, {
      headers: operator,
      body: { name: payload('party') },
    });
    const drafter = await memberOf(server, id, 'Drafter', 'UA');
    const clause = `/treaties/${id}/clauses/${(await readTreaty(server.url, id)).clauses[0]?.clauseId}`;
    for (const [path, body] of [
      ['reservations', { text: payload('reservation') }],
      ['options', { paragraphs: [payload('option')] }],
      ['brackets', { reason: payload('bracket') }],
    ] as const) {
      expect(
        (await call(server, 'POST', `${clause}/${path}`, { headers: drafter.headers, body })).status,
      ).toBeLessThan(300);
    }
    const version = await call(server, 'POST', `/treaties/${id}/versions`, {
      headers: operator,
      body: { name: payload('version') },
    });
    expect(version.status).toBe(201);

    const akn = await download(
      server,
      `/treaties/${id}/export.akn.xml?scope=full&version=${version.body.id}`,
      drafter.headers,
    );
    const xml = strFromU8(akn.bytes);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toMatch(ESCAPED);
    expect(xml).not.toMatch(ELEMENTS);
    const { elements, attributes } = namesIn(xml);
    expect(elements).toContain('akomaNtoso');
    expect(attributes).toContain('showAs');
    expect([...elements].filter((name) => /^(script|img|iframe|a|svg)$/i.test(name))).toEqual([]);
    expect([...attributes].filter((name) => /^on/i.test(name))).toEqual([]);

    const docx = await download(server, `/treaties/${id}/export.docx?scope=full`, drafter.headers);
    const files = unzipSync(docx.bytes);
    for (const [name, bytes] of Object.entries(files)) {
      if (!name.endsWith('.xml')) continue;
      const text = strFromU8(bytes);
      expect(`${name}: ${ELEMENTS.test(text)}`).toBe(`${name}: false`);
    }
    expect(strFromU8(files['word/document.xml'] as Uint8Array)).toMatch(ESCAPED);

    const pdf = await download(server, `/treaties/${id}/export.pdf?scope=full&annex=1`, drafter.headers);
    const text = (await pdfText(pdf.bytes)).replace(/\s+/g, ' ');
    expect(text).toContain("<script>alert('title')</script>");
    expect(text).toContain("<script>alert('reservation')</script>");

    const backup = await download(server, `/treaties/${id}/export.json`, drafter.headers);
    expect(backup.type).toMatch(/^application\/json/);
    expect(JSON.parse(strFromU8(backup.bytes)).treaty.titles.en).toBe(payload('title'));

    for (const file of [akn, docx, pdf, backup]) expect(file.disposition).toMatch(/^attachment;/);
  });
});
