import { type ExportArticle, type ExportDocument, printsInBrackets } from '@pactum/shared';
import { exportLabels } from './exportLabels.ts';
import {
  articleTitle,
  comparisonNote,
  openArticlesNote,
  scopeDescription,
  statusNote,
  treatyDate,
  versionTitle,
} from './exportWording.ts';
import {
  BODY_SIZE,
  BRACKET,
  type Column,
  type Doc,
  INDENT,
  INK,
  MUTED,
  writeBlocks,
  writeRuns,
} from './pdfText.ts';

/** An article in `column`: its title, status, text, open options and reservations, in the export's language. */
export function writeArticle(doc: Doc, document: ExportDocument, article: ExportArticle, column: Column) {
  const labels = exportLabels(document.lang);
  const inner = { x: column.x + INDENT, width: column.width - INDENT };
  doc
    .moveDown(0.6)
    .font('bold')
    .fontSize(12)
    .fillColor(INK)
    .text(articleTitle(article), column.x, undefined, { width: column.width });
  const comparison = comparisonNote(article, document.lang);
  if (comparison)
    doc
      .font('italic')
      .fontSize(9)
      .fillColor(MUTED)
      .text(comparison, column.x, undefined, { width: column.width });
  const note = statusNote(article, document);
  if (note)
    doc
      .font('italic')
      .fontSize(9)
      .fillColor(article.bracketedBy.length > 0 ? BRACKET : MUTED)
      .text(note, column.x, undefined, { width: column.width });
  doc.fontSize(BODY_SIZE).fillColor(INK).moveDown(0.3);
  const bracketed = printsInBrackets(document, article);
  writeBlocks(doc, article.blocks, column, 0, { open: bracketed, close: bracketed });
  for (const option of article.options) {
    doc
      .font('bold')
      .fontSize(10)
      .text(labels.option(option.label, option.supporters.join(', ')), column.x, undefined, {
        width: column.width,
      });
    doc.fontSize(BODY_SIZE);
    option.paragraphs.forEach((paragraph, index) => {
      writeRuns(doc, [{ text: paragraph }], {
        ...inner,
        prefix: index === 0 ? [{ text: '[' }] : [],
        suffix: index === option.paragraphs.length - 1 ? [{ text: ']' }] : [],
      });
    });
  }
  for (const reservation of article.reservations) {
    doc.font('italic').fontSize(10).fillColor(MUTED);
    writeRuns(
      doc,
      [{ text: `${labels.reservation(reservation.delegation)}${reservation.text}`, italic: true }],
      inner,
    );
    doc.fontSize(BODY_SIZE).fillColor(INK);
  }
}

/** The preamble's paragraphs in `column`. */
export function writePreamble(doc: Doc, document: ExportDocument, column: Column) {
  doc.font('regular').fontSize(BODY_SIZE).fillColor(INK);
  for (const paragraph of document.preamble) writeRuns(doc, [{ text: paragraph }], column);
}

/** The note naming the articles an `agreed` export leaves out, if any. */
export function writeOpenArticles(doc: Doc, document: ExportDocument, column: Column) {
  const note = openArticlesNote(document);
  if (!note) return;
  doc.moveDown(1.2).font('italic').fontSize(10).fillColor(MUTED);
  doc.text(note, column.x, undefined, { width: column.width });
  doc.fillColor(INK).fontSize(BODY_SIZE);
}

/** Title, version, date, scope and parties, centred in `column`. */
export function writeTitleBlock(doc: Doc, document: ExportDocument, column: Column, titleSize = 22) {
  const centred = { width: column.width, align: 'center' as const };
  doc.font('bold').fontSize(titleSize).fillColor(INK).text(document.title, column.x, undefined, centred);
  doc.moveDown(1.5).font('regular').fontSize(13).text(versionTitle(document), column.x, undefined, centred);
  doc
    .moveDown(0.4)
    .fontSize(11)
    .fillColor(MUTED)
    .text(treatyDate(document.exportedAt, document.lang), column.x, undefined, centred);
  doc.moveDown(0.4).font('italic').text(scopeDescription(document), column.x, undefined, centred);
  if (document.parties.length > 0) {
    doc
      .moveDown(3)
      .font('bold')
      .fontSize(11)
      .fillColor(INK)
      .text(exportLabels(document.lang).parties, column.x, undefined, centred);
    doc.font('regular').moveDown(0.4);
    for (const party of document.parties)
      doc.text(`${party.name} (${party.code})`, column.x, undefined, centred);
  }
}
