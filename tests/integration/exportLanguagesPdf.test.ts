import { describe, expect, it } from 'vitest';
import { operatorHeaders } from '../helpers/access.ts';
import { sampleTreatyId } from '../helpers/api.ts';
import { BILINGUAL_DRAFT, importBilingualTreaty } from '../helpers/bilingualTreaty.ts';
import { pactumCli } from '../helpers/cli.ts';
import { download, verifyExport } from '../helpers/exports.ts';
import { pdfFonts, pdfLayoutText, pdfPageCount, pdfText, tempPdf } from '../helpers/pdf.ts';
import { startServer } from '../helpers/startServer.ts';

const uk = BILINGUAL_DRAFT.translations?.uk as NonNullable<
  NonNullable<typeof BILINGUAL_DRAFT.translations>['uk']
>;
const squeeze = (text: string) => text.replace(/\s+/g, '');
/** The first line of `lines` (from `from` on) that holds `piece`, whitespace aside. */
const lineOf = (lines: string[], piece: string, from = 0) =>
  lines.findIndex((line, index) => index >= from && squeeze(line).includes(squeeze(piece)));

async function bilingualServer() {
  const server = await startServer();
  const id = await importBilingualTreaty(server);
  return { server, id, headers: operatorHeaders(server) };
}

describe('PDF export per language', () => {
  it('writes the Ukrainian text with Ukrainian labels, page numbers and date, and verify-export names the language', async () => {
    const { server, id, headers } = await bilingualServer();
    const pdf = await download(server, `/treaties/${id}/export.pdf?scope=full&lang=uk`, headers);
    expect(pdf.status).toBe(200);
    const text = await pdfText(pdf.bytes);
    expect(text).toContain(uk.title);
    for (const [index, clause] of uk.clauses.entries()) {
      expect(text).toContain(`Стаття ${index + 1} — ${clause.heading}`);
      for (const paragraph of clause.paragraphs) expect(squeeze(text)).toContain(squeeze(`${paragraph}`));
    }
    expect(text).not.toMatch(/Article \d/);
    expect(text).not.toContain(BILINGUAL_DRAFT.clauses[0]?.paragraphs[0]);
    expect(text).toContain('Ще не погоджено');
    expect(text).toContain('Сторони');
    expect(text).toContain('Поточний текст · SHA-256');
    const pages = await pdfPageCount(pdf.bytes);
    for (let page = 1; page <= pages; page++) expect(text).toContain(`Сторінка ${page} з ${pages}`);
    const month = new Intl.DateTimeFormat('uk', { month: 'long', day: 'numeric', timeZone: 'UTC' })
      .format(new Date())
      .replace(/^\d+\s*/, '');
    expect(text).toContain(month);

    const verdict = await verifyExport(server, id, pdf.bytes, headers);
    expect(verdict.matches).toEqual([expect.objectContaining({ format: 'pdf', languages: ['uk'] })]);
    expect(verdict.verdict).toMatch(
      /^This file is the full text of "Live text" in Ukrainian \(uk\), exported/,
    );
    const english = await download(server, `/treaties/${id}/export.pdf?scope=full`, headers);
    const englishVerdict = await verifyExport(server, id, english.bytes, headers);
    expect(englishVerdict.matches).toEqual([expect.objectContaining({ languages: ['en'] })]);
    // The same text in another language is another text: another stamp.
    expect(englishVerdict.stamp).not.toBe(verdict.stamp);
    expect(await pdfText(english.bytes)).toContain('Article 1 — Purpose');
    const cli = await pactumCli(server.dataDir, 'verify-export', tempPdf(pdf.bytes, 'ukrainian.pdf'));
    expect(cli.stdout).toContain(`of treaty ${id} in Ukrainian (uk), exported as pdf`);
  });

  it('words the annex tags in the text’s language: a Ukrainian export says the vocabulary in Ukrainian', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const headers = operatorHeaders(server);
    const annexIn = async (lang: string) =>
      squeeze(
        await pdfText(
          (await download(server, `/treaties/${id}/export.pdf?scope=full&annex=1&lang=${lang}`, headers))
            .bytes,
        ),
      );
    const ukrainian = await annexIn('uk');
    expect(ukrainian).toContain(squeeze('Додаток — Позначки статей'));
    expect(ukrainian).toContain(squeeze('Збройний напад на територію, рівень тяжкості ≥'));
    expect(ukrainian).toContain(squeeze('Військова допомога'));
    expect(ukrainian).not.toContain(squeeze('Armed attack on territory'));
    expect(ukrainian).not.toContain(squeeze('Military assistance'));
    const english = await annexIn('en');
    expect(english).toContain(squeeze('Armed attack on territory, severity ≥'));
    expect(english).not.toContain(squeeze('Збройний напад'));
  });

  it('writes a bilingual PDF: both texts side by side, each article starting at the same height in both columns', async () => {
    const { server, id, headers } = await bilingualServer();
    const pdf = await download(server, `/treaties/${id}/export.pdf?scope=full&lang=en,uk`, headers);
    expect(pdf.status).toBe(200);
    expect(pdf.disposition).toMatch(/-en-uk\.pdf"?$/);
    const lines = (await pdfLayoutText(pdf.bytes)).split('\n');
    // Headings wrap in a column: find each by its label.
    const rows = BILINGUAL_DRAFT.clauses.map((_, index) => ({
      english: lineOf(lines, `Article ${index + 1} —`),
      ukrainian: lineOf(lines, `Стаття ${index + 1} —`),
    }));
    for (const row of rows) {
      expect(row.english).toBeGreaterThan(0);
      // The same line of the page: the row starts at one height in both columns.
      expect(row.ukrainian).toBe(row.english);
    }
    for (const [index, row] of rows.entries()) {
      const next = rows[index + 1]?.english ?? lines.length;
      const englishText = lineOf(
        lines,
        String(BILINGUAL_DRAFT.clauses[index]?.paragraphs[0]).slice(0, 30),
        row.english,
      );
      const ukrainianText = lineOf(
        lines,
        String(uk.clauses[index]?.paragraphs[0]).slice(0, 25),
        row.ukrainian,
      );
      expect(englishText).toBeGreaterThan(row.english);
      expect(englishText).toBeLessThan(next);
      expect(ukrainianText).toBeGreaterThan(row.ukrainian);
      expect(ukrainianText).toBeLessThan(next);
    }
    // Article 2's English runs over a page: Article 3 starts on a later page, in both columns.
    const pageOf = (line: number) => lines.slice(0, line).join('\n').split('\f').length;
    expect(pageOf(rows[2]?.english as number)).toBeGreaterThan(pageOf(rows[1]?.english as number));
    expect(lineOf(lines, uk.title)).toBe(lineOf(lines, BILINGUAL_DRAFT.title));

    const pages = await pdfPageCount(pdf.bytes);
    const flat = lines.join('\n');
    for (let page = 1; page <= pages; page++)
      expect(flat).toContain(`Page ${page} of ${pages} / Сторінка ${page} з ${pages}`);
    const fonts = await pdfFonts(pdf.bytes);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
    expect(fonts.map((font) => font.name).join(' ')).toMatch(/DejaVuSerif\b/);
    expect(fonts.map((font) => font.name).join(' ')).toMatch(/DejaVuSerif-Bold/);

    const verdict = await verifyExport(server, id, pdf.bytes, headers);
    expect(verdict.matches).toEqual([expect.objectContaining({ format: 'pdf', languages: ['en', 'uk'] })]);
    expect(verdict.verdict).toContain('in English (en) and Ukrainian (uk) side by side');
    // The footer's stamp line is whole on one line of every page.
    expect(flat.split(`Live text · SHA-256 ${verdict.stamp}`).length - 1).toBe(pages);
    const single = await Promise.all(
      ['en', 'uk'].map(async (lang) =>
        verifyExport(
          server,
          id,
          (await download(server, `/treaties/${id}/export.pdf?scope=full&lang=${lang}`, headers)).bytes,
          headers,
        ),
      ),
    );
    // The stamp covers both texts: neither single-language file has it.
    expect(single.map((result) => result.stamp)).not.toContain(verdict.stamp);
  });
});
