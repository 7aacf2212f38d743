import {
  type Block,
  type ExportArticle,
  type ExportDocument,
  printsInBrackets,
  type Run,
  STAMP_PREFIX,
} from '@pactum/shared';
import PDFDocument from 'pdfkit';
import {
  articleTitle,
  listMarker,
  scopeDescription,
  stampLine,
  statusNote,
  treatyDate,
} from './exportWording.ts';
import { PDF_FONTS, type PdfFont } from './pdfFonts.ts';

export interface PdfOptions {
  /** Add the annex: a table of clause tags and the reservations. */
  annex?: boolean;
}

const MARGIN = 72;
const BODY_SIZE = 11;
const INDENT = 20;
const INK = '#111111';
const MUTED = '#555555';
const BRACKET = '#9b1c1c';

type Doc = PDFKit.PDFDocument;

function fontOf(run: Pick<Run, 'bold' | 'italic'>): PdfFont {
  if (run.bold && run.italic) return 'boldItalic';
  if (run.bold) return 'bold';
  if (run.italic) return 'italic';
  return 'regular';
}

/**
 * Writes a run sequence as one wrapped paragraph. Text is passed to pdfkit
 * as text only — nothing in a clause can become a PDF operator, a link or a
 * script — and overlong words are broken by pdfkit's line wrapper.
 */
function writeRuns(
  doc: Doc,
  runs: Run[],
  options: { x: number; width: number; prefix?: Run[]; suffix?: Run[] },
) {
  const all = [...(options.prefix ?? []), ...runs, ...(options.suffix ?? [])].filter(
    (run) => run.text !== '',
  );
  if (all.length === 0) {
    doc.moveDown(0.6);
    return;
  }
  doc.x = options.x;
  all.forEach((run, index) => {
    const last = index === all.length - 1;
    doc
      .font(fontOf(run))
      .fillColor(run.change === 'inserted' ? '#1a5e1a' : run.change === 'deleted' ? BRACKET : INK)
      .text(run.text, index === 0 ? options.x : undefined, undefined, {
        width: options.width,
        continued: !last,
        underline: run.change === 'inserted',
        strike: run.change === 'deleted',
        lineGap: 2,
      });
  });
  doc.fillColor(INK).moveDown(0.5);
}

function writeBlocks(doc: Doc, blocks: Block[], depth: number, bracket: { open: boolean; close: boolean }) {
  const left = MARGIN + depth * INDENT;
  const width = doc.page.width - MARGIN - left;
  blocks.forEach((block, index) => {
    const prefix = bracket.open && index === 0 ? [{ text: '[' }] : [];
    const suffix = bracket.close && index === blocks.length - 1 ? [{ text: ']' }] : [];
    if (block.kind === 'paragraph') {
      writeRuns(doc, block.runs, { x: left, width, prefix, suffix });
      return;
    }
    block.items.forEach((item, itemIndex) => {
      const marker = `${listMarker(block.ordered, itemIndex, depth)} `;
      const [first, ...rest] = item;
      const lastItem = itemIndex === block.items.length - 1;
      if (first?.kind === 'paragraph') {
        writeRuns(doc, first.runs, {
          x: left + INDENT,
          width: width - INDENT,
          prefix: [...(itemIndex === 0 ? prefix : []), { text: marker }],
          suffix: lastItem && rest.length === 0 ? suffix : [],
        });
        writeBlocks(doc, rest, depth + 2, { open: false, close: lastItem && suffix.length > 0 });
      } else {
        writeBlocks(doc, item, depth + 1, { open: false, close: false });
      }
    });
  });
}

function writeArticle(doc: Doc, document: ExportDocument, article: ExportArticle) {
  if (doc.y > doc.page.height - MARGIN - 80) doc.addPage();
  doc
    .moveDown(0.6)
    .font('bold')
    .fontSize(12)
    .fillColor(INK)
    .text(articleTitle(article), MARGIN, undefined, {
      width: doc.page.width - 2 * MARGIN,
    });
  if (article.comparison && article.comparison !== 'unchanged') {
    doc.font('italic').fontSize(9).fillColor(MUTED).text(`(${article.comparison})`);
  }
  const note = statusNote(article, document);
  if (note)
    doc
      .font('italic')
      .fontSize(9)
      .fillColor(note.startsWith('Bracketed') ? BRACKET : MUTED)
      .text(note);
  doc.fontSize(BODY_SIZE).fillColor(INK).moveDown(0.3);
  const bracketed = printsInBrackets(document, article);
  writeBlocks(doc, article.blocks, 0, { open: bracketed, close: bracketed });
  for (const option of article.options) {
    const supporters = option.supporters.length > 0 ? ` (supported by ${option.supporters.join(', ')})` : '';
    doc.font('bold').fontSize(10).text(`Option ${option.label}${supporters}`, MARGIN);
    doc.fontSize(BODY_SIZE);
    option.paragraphs.forEach((paragraph, index) => {
      writeRuns(doc, [{ text: paragraph }], {
        x: MARGIN + INDENT,
        width: doc.page.width - 2 * MARGIN - INDENT,
        prefix: index === 0 ? [{ text: '[' }] : [],
        suffix: index === option.paragraphs.length - 1 ? [{ text: ']' }] : [],
      });
    });
  }
  for (const reservation of article.reservations) {
    doc.font('italic').fontSize(10).fillColor(MUTED);
    writeRuns(
      doc,
      [{ text: `Reservation of ${reservation.delegation}: ${reservation.text}`, italic: true }],
      {
        x: MARGIN + INDENT,
        width: doc.page.width - 2 * MARGIN - INDENT,
      },
    );
    doc.fontSize(BODY_SIZE).fillColor(INK);
  }
}

function writeTitlePage(doc: Doc, document: ExportDocument) {
  const width = doc.page.width - 2 * MARGIN;
  doc.moveDown(6).font('bold').fontSize(22).fillColor(INK).text(document.title, MARGIN, undefined, {
    width,
    align: 'center',
  });
  doc.moveDown(1.5).font('regular').fontSize(13).text(document.versionName, { width, align: 'center' });
  doc
    .moveDown(0.4)
    .fontSize(11)
    .fillColor(MUTED)
    .text(treatyDate(document.exportedAt), { width, align: 'center' });
  doc.moveDown(0.4).font('italic').text(scopeDescription(document), { width, align: 'center' });
  if (document.parties.length > 0) {
    doc.moveDown(3).font('bold').fontSize(11).fillColor(INK).text('Parties', { width, align: 'center' });
    doc.font('regular').moveDown(0.4);
    for (const party of document.parties)
      doc.text(`${party.name} (${party.code})`, { width, align: 'center' });
  }
}

function writeOpenArticles(doc: Doc, document: ExportDocument) {
  if (document.openArticles.length === 0) return;
  doc.moveDown(1.2).font('italic').fontSize(10).fillColor(MUTED);
  const list = document.openArticles.map((a) => `${articleTitle(a)} (${a.status})`).join('; ');
  doc.text(`Not included, still under negotiation: ${list}.`, MARGIN, undefined, {
    width: doc.page.width - 2 * MARGIN,
  });
  doc.fillColor(INK).fontSize(BODY_SIZE);
}

function writeAnnex(doc: Doc, document: ExportDocument) {
  doc.addPage();
  const width = doc.page.width - 2 * MARGIN;
  doc.font('bold').fontSize(14).fillColor(INK).text('Annex — Clause tags', MARGIN, undefined, { width });
  doc.moveDown(0.6);
  const tagged = document.articles.filter(
    ({ tags }) => tags.domains.length > 0 || tags.trigger !== null || tags.committedParties.length > 0,
  );
  if (tagged.length === 0) doc.font('regular').fontSize(10).text('No article carries tags.', { width });
  else {
    doc.font('regular').fontSize(8);
    doc.table({
      columnStyles: [52, '*', '*', 90, 62],
      defaultStyle: { padding: 3, border: 0.5, borderColor: '#999999' },
      data: [
        ['Article', 'Domains', 'Trigger', 'Deadlines', 'Committed parties'].map((text) => ({
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
  doc.moveDown(0.8).font('bold').fontSize(14).text('Reservations', MARGIN, undefined, { width });
  doc.moveDown(0.4).font('regular').fontSize(10);
  if (reservations.length === 0) doc.text('None.', { width });
  for (const { article, reservation } of reservations) {
    doc.text(`${article.label}, ${reservation.delegation}: ${reservation.text}`, MARGIN, undefined, {
      width,
    });
    doc.moveDown(0.3);
  }
}

/** Header (treaty title) and footer (page n of N, version and stamp) on every page, once all exist. */
function writePageFurniture(doc: Doc, document: ExportDocument) {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    const { width, height } = doc.page;
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would otherwise open a new page.
    doc.page.margins.bottom = 0;
    doc.font('sans').fontSize(8).fillColor(MUTED);
    if (index > start) {
      doc.text(document.title, MARGIN, 36, {
        width: width - 2 * MARGIN,
        align: 'center',
        lineBreak: false,
        ellipsis: true,
      });
    }
    doc.text(stampLine(document), MARGIN, height - 48, {
      width: width - 2 * MARGIN,
      align: 'left',
      lineBreak: false,
      ellipsis: true,
    });
    doc.text(`Page ${index - start + 1} of ${count}`, MARGIN, height - 36, {
      width: width - 2 * MARGIN,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
}

/** Renders an export as a PDF with embedded fonts; resolves with the file's bytes. */
export function renderPdf(document: ExportDocument, options: PdfOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    autoFirstPage: true,
    info: {
      Title: document.title,
      Subject: `${document.versionName}: ${scopeDescription(document)}`,
      Keywords: `${STAMP_PREFIX}${document.stamp}`,
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

  writeTitlePage(doc, document);
  doc.addPage();
  doc.font('regular').fontSize(BODY_SIZE).fillColor(INK);
  for (const paragraph of document.preamble) {
    writeRuns(doc, [{ text: paragraph }], { x: MARGIN, width: doc.page.width - 2 * MARGIN });
  }
  for (const article of document.articles) writeArticle(doc, document, article);
  writeOpenArticles(doc, document);
  if (options.annex) writeAnnex(doc, document);
  writePageFurniture(doc, document);
  doc.end();
  return done;
}
