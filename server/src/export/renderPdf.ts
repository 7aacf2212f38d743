import type { ExportDocument } from '@pactum/shared';
import { createPdf } from './createPdf.ts';
import { pageLine, scopeDescription, stampLine, versionTitle } from './exportWording.ts';
import { writeAnnex } from './pdfAnnex.ts';
import { writeArticle, writeOpenArticles, writePreamble, writeTitleBlock } from './pdfArticle.ts';
import { writePageFurniture } from './pdfFurniture.ts';
import { fullWidth, MARGIN } from './pdfText.ts';

export interface PdfOptions {
  /** Add the annex: a table of clause tags and the reservations. */
  annex?: boolean;
}

/** Renders an export as a PDF in its language, with embedded fonts; resolves with the file's bytes. */
export function renderPdf(document: ExportDocument, options: PdfOptions = {}): Promise<Buffer> {
  const { doc, done } = createPdf({
    title: document.title,
    subject: `${versionTitle(document)}: ${scopeDescription(document)}`,
    stamp: document.stamp,
    lang: document.lang,
  });
  doc.moveDown(6);
  writeTitleBlock(doc, document, fullWidth(doc));
  doc.addPage();
  writePreamble(doc, document, fullWidth(doc));
  for (const article of document.articles) {
    if (doc.y > doc.page.height - MARGIN - 80) doc.addPage();
    writeArticle(doc, document, article, fullWidth(doc));
  }
  writeOpenArticles(doc, document, fullWidth(doc));
  if (options.annex) writeAnnex(doc, document);
  writePageFurniture(doc, {
    header: document.title,
    stamp: stampLine(document),
    page: (page, pages) => pageLine(page, pages, document.lang),
  });
  doc.end();
  return done;
}
