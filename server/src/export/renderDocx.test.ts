import { STAMP_PREFIX } from '@pactum/shared';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fixtureCompare, fixtureExport, HOSTILE } from './exportFixture.ts';
import { findStamp } from './findStamp.ts';
import { renderDocx } from './renderDocx.ts';

async function parts(document = fixtureExport()): Promise<Record<string, string>> {
  const files = unzipSync(new Uint8Array(await renderDocx(document)));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The text of each Word paragraph, as a reader of the document sees it. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/g)].map(([p]) =>
    [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>|<w:br\/>/g)]
      .map(([whole, text]) => (whole === '<w:br/>' ? '\n' : (text ?? '')))
      .join('')
      .replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => ENTITIES[name] as string),
  );
}

describe('renderDocx', () => {
  it('holds every clause string as text: escaped in the XML, whole when read back', async () => {
    const xml = (await parts())['word/document.xml'] as string;
    expect(xml).not.toMatch(/<script/i);
    const text = paragraphs(xml);
    expect(text).toContain('[</p><script>alert(1)</script>');
    expect(text).toContain('ends ]]> here');
    expect(text).toContain('Fish &amp; chips');
    expect(text).toContain('beforeNULBELafter');
    expect(text).toContain(HOSTILE.pdfOperators);
    expect(text).toContain(HOSTILE.cyrillic);
    expect(text).toContain(`${HOSTILE.unbroken}]`);
    expect(text).toContain('Article 2 — Heading </p><script>alert(1)</script>');
  });

  it('titles articles with the Heading 1 style, and writes the title page and preamble', async () => {
    const xml = (await parts())['word/document.xml'] as string;
    const headings = [
      ...xml.matchAll(/<w:p><w:pPr><w:pStyle w:val="Heading1"\/>.*?<w:t[^>]*>([^<]*)<\/w:t>/g),
    ];
    expect(headings.map((match) => match[1])).toEqual([
      'Article 1 — Definitions',
      'Article 2 — Heading &lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;',
      'Article 3 — Activation',
    ]);
    const text = paragraphs(xml);
    expect(text.slice(0, 10)).toEqual(
      expect.arrayContaining([
        'Framework <Agreement> & "Guarantees"',
        'Paris draft 3',
        '30 November 2026',
        'Ukraine (UA)',
      ]),
    );
    expect(text).toContain('The Parties to this Agreement,');
  });

  it('numbers ordered lists with Word numbering, a. then 1., and restarts each list', async () => {
    const files = await parts();
    const numbering = files['word/numbering.xml'] as string;
    expect(numbering).toMatch(
      /<w:lvl w:ilvl="0"[^>]*><w:start w:val="1"\/><w:numFmt w:val="lowerLetter"\/><w:lvlText w:val="%1."\/>/,
    );
    expect(numbering).toMatch(
      /<w:lvl w:ilvl="1"[^>]*><w:start w:val="1"\/><w:numFmt w:val="decimal"\/><w:lvlText w:val="%2."\/>/,
    );
    const xml = files['word/document.xml'] as string;
    const listed = [
      ...xml.matchAll(
        /<w:numPr><w:ilvl w:val="(\d)"\/><w:numId w:val="(\d+)"\/><\/w:numPr>.*?<w:t[^>]*>([^<]*)</g,
      ),
    ];
    const [armed, supporting, first, second, bullet] = listed.map(([, level, numId, text]) => ({
      level,
      numId,
      text,
    }));
    expect(armed).toMatchObject({ level: '0', text: '“Armed attack” means ' });
    expect(supporting).toMatchObject({ level: '0', numId: armed?.numId });
    expect(first).toMatchObject({ level: '1', numId: armed?.numId, text: 'first nested' });
    expect(second).toMatchObject({ level: '1', text: 'second nested' });
    expect(bullet).toMatchObject({ level: '0', text: 'a bullet' });
    expect(bullet?.numId).not.toBe(armed?.numId);
  });

  it('keeps bold, italic and line breaks, brackets unagreed text and shows options and reservations', async () => {
    const xml = (await parts())['word/document.xml'] as string;
    expect(xml).toContain(
      '<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">this Agreement</w:t></w:r>',
    );
    expect(xml).toContain('<w:r><w:rPr><w:i/><w:iCs/></w:rPr><w:t xml:space="preserve">any</w:t></w:r>');
    const text = paragraphs(xml);
    expect(text).toContain('line one\nline two]');
    expect(text).toContain('Bracketed by FR');
    expect(text).toContain('[The Supporting States shall provide assistance within 72 hours.]');
    expect(text).toContain('Option A (supported by UK)');
    expect(text).toContain('[Assistance shall be provided <within> 48 hours.]');
    expect(text).toContain('Reservation of PL: Subject to </opinion> ratification.');
  });

  it('marks a redline: insertions underlined, deletions struck through', async () => {
    const xml = (await parts(fixtureCompare()))['word/document.xml'] as string;
    const runProperties = (text: string) =>
      [...xml.matchAll(/<w:r>(<w:rPr>(?:(?!<w:r>).)*?<\/w:rPr>)?<w:t[^>]*>([^<]*)<\/w:t><\/w:r>/g)].find(
        (match) => match[2] === text,
      )?.[1] ?? (xml.includes(`>${text}</w:t>`) ? 'none' : 'missing');
    expect(runProperties('Promptly, ')).toBe('<w:rPr><w:color w:val="1A5E1A"/><w:u w:val="single"/></w:rPr>');
    expect(runProperties('ends ]]&gt; here')).toBe('<w:rPr><w:strike/><w:color w:val="9B1C1C"/></w:rPr>');
    expect(runProperties('The Supporting States shall provide assistance within 72 hours.')).toBe('none');
    expect(paragraphs(xml)).toContain('(removed)');
  });

  it('puts the title in the header, page n of N and the stamp in the footer, the stamp in the properties', async () => {
    const document = fixtureExport();
    const files = await parts(document);
    const headers = Object.keys(files).filter((name) => /^word\/header\d+\.xml$/.test(name));
    expect(headers.some((name) => files[name]?.includes('Framework &lt;Agreement&gt; &amp;'))).toBe(true);
    const footer = Object.entries(files).find(([name]) => /^word\/footer\d+\.xml$/.test(name))?.[1] as string;
    expect(footer).toMatch(/Page <\/w:t>.*PAGE.* of <\/w:t>.*NUMPAGES/);
    expect(footer).toContain(`Paris draft 3 · SHA-256 ${document.stamp}`);
    expect(files['docProps/core.xml']).toContain(
      `<cp:keywords>${STAMP_PREFIX}${document.stamp}</cp:keywords>`,
    );
    expect(files['docProps/custom.xml']).toContain(`${STAMP_PREFIX}${document.stamp}`);
  });

  it('is recognised by findStamp although every part is compressed', async () => {
    const document = fixtureExport();
    const docx = await renderDocx(document);
    expect(docx.toString('latin1')).not.toContain(STAMP_PREFIX);
    expect(findStamp(docx)).toBe(document.stamp);
  });
});
