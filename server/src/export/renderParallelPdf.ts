import type { ExportArticle, ExportDocument, ParallelExport } from '@pactum/shared';
import { createPdf } from './createPdf.ts';
import { pageLine, scopeDescription, versionTitle } from './exportWording.ts';
import { ParallelFlow } from './ParallelFlow.ts';
import { writeAnnex } from './pdfAnnex.ts';
import { writeArticle, writeOpenArticles, writePreamble, writeTitleBlock } from './pdfArticle.ts';
import { writePageFurniture } from './pdfFurniture.ts';
import { type Column, fullWidth } from './pdfText.ts';
import type { PdfOptions } from './renderPdf.ts';

const GUTTER = 24;
/** Room an article's title and first lines need: a row starting lower begins on the next page. */
const KEEP_WITH_TITLE = 80;

const key = (article: ExportArticle) => `${article.clauseId}:${article.comparison ?? ''}`;

/** The articles of both texts side by side, by clause; one a text lacks leaves its column empty in that row. */
function pairs(first: ExportDocument, second: ExportDocument) {
  const seconds = new Map(second.articles.map((article) => [key(article), article]));
  const rows: Array<[ExportArticle | undefined, ExportArticle | undefined]> = first.articles.map(
    (article) => [article, seconds.get(key(article))],
  );
  const paired = new Set(first.articles.map(key));
  for (const article of second.articles) if (!paired.has(key(article))) rows.push([undefined, article]);
  return rows;
}

/**
 * Renders a bilingual export as one PDF: the two texts in parallel columns
 * (the first language on the left), each article's row starting at the same
 * height in both, each column labelled and dated in its own language. The
 * annex, if asked for, follows once, in the first language.
 */
export function renderParallelPdf(file: ParallelExport, options: PdfOptions = {}): Promise<Buffer> {
  const [left, right] = file.texts;
  const { doc, done } = createPdf({
    title: `${left.title} / ${right.title}`,
    subject: `${versionTitle(left)}: ${scopeDescription(left)} / ${scopeDescription(right)}`,
    stamp: file.stamp,
    lang: left.lang,
  });
  const page = fullWidth(doc);
  const width = (page.width - GUTTER) / 2;
  const columns: [Column, Column] = [
    { x: page.x, width },
    { x: page.x + width + GUTTER, width },
  ];
  const flow = new ParallelFlow(doc);
  const both = (write: (text: ExportDocument, column: Column) => void) =>
    flow.row(
      () => write(left, columns[0]),
      () => write(right, columns[1]),
    );

  doc.moveDown(6);
  both((text, column) => writeTitleBlock(doc, text, column, 16));
  doc.addPage();
  both((text, column) => writePreamble(doc, text, column));
  for (const [a, b] of pairs(left, right)) {
    flow.keep(KEEP_WITH_TITLE);
    flow.row(
      () => a && writeArticle(doc, left, a, columns[0]),
      () => b && writeArticle(doc, right, b, columns[1]),
    );
  }
  both((text, column) => writeOpenArticles(doc, text, column));
  if (options.annex) writeAnnex(doc, left);
  writePageFurniture(doc, {
    header: `${left.title} / ${right.title}`,
    // One line at the foot of the page has room for the version in one language only.
    stamp: `${versionTitle(left)} · SHA-256 ${file.stamp}`,
    page: (n, pages) => `${pageLine(n, pages, left.lang)} / ${pageLine(n, pages, right.lang)}`,
  });
  doc.end();
  return done;
}
