import type { ExportDocument } from '@pactum/shared';
import { exportLabels } from './exportLabels.ts';
import { PDF_FONTS } from './pdfFonts.ts';
import { type Doc, fullWidth, INK } from './pdfText.ts';

/** The annex on a new page: a table of clause tags and the reservations, labelled in the export's language. */
export function writeAnnex(doc: Doc, document: ExportDocument) {
  const labels = exportLabels(document.lang);
  doc.addPage();
  const { x, width } = fullWidth(doc);
  doc.font('bold').fontSize(14).fillColor(INK).text(labels.annexTitle, x, undefined, { width });
  doc.moveDown(0.6);
  const tagged = document.articles.filter(
    ({ tags }) => tags.domains.length > 0 || tags.trigger !== null || tags.committedParties.length > 0,
  );
  if (tagged.length === 0) doc.font('regular').fontSize(10).text(labels.noTags, { width });
  else {
    doc.font('regular').fontSize(8);
    doc.table({
      columnStyles: [52, '*', '*', 90, 62],
      defaultStyle: { padding: 3, border: 0.5, borderColor: '#999999' },
      data: [
        labels.annexColumns.map((text) => ({
          text,
          type: 'TH' as const,
          font: { src: PDF_FONTS.bold },
          backgroundColor: '#eeeeee',
        })),
        ...tagged.map(({ label, tags }) => [
          label,
          tags.domains.join(', '),
          tags.trigger ?? '—',
          tags.deadlines ?? '—',
          tags.committedParties.join(', ') || '—',
        ]),
      ],
    });
  }
  const reservations = document.articles.flatMap((article) =>
    article.reservations.map((reservation) => ({ article, reservation })),
  );
  doc.moveDown(0.8).font('bold').fontSize(14).text(labels.reservations, x, undefined, { width });
  doc.moveDown(0.4).font('regular').fontSize(10);
  if (reservations.length === 0) doc.text(labels.none, { width });
  for (const { article, reservation } of reservations) {
    doc.text(`${article.label}, ${reservation.delegation}: ${reservation.text}`, x, undefined, { width });
    doc.moveDown(0.3);
  }
}
