import { STAMP_PREFIX } from '@pactum/shared';
import PDFDocument from 'pdfkit';
import { PDF_FONTS } from './pdfFonts.ts';
import { type Doc, MARGIN } from './pdfText.ts';

/** A new A4 PDF with Pactum's embedded fonts and the stamp in its metadata, and the promise of its bytes. */
export function createPdf(meta: { title: string; subject: string; stamp: string; lang: string }): {
  doc: Doc;
  done: Promise<Buffer>;
} {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    autoFirstPage: true,
    lang: meta.lang,
    info: {
      Title: meta.title,
      Subject: meta.subject,
      Keywords: `${STAMP_PREFIX}${meta.stamp}`,
      Creator: 'Pactum',
    },
  });
  for (const [name, file] of Object.entries(PDF_FONTS)) doc.registerFont(name, file);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}
