import type { Block, Run } from '@pactum/shared';
import { listMarker } from './exportWording.ts';
import type { PdfFont } from './pdfFonts.ts';

export type Doc = PDFKit.PDFDocument;

/** Where text goes across the page: the whole text block, or one column of it. */
export interface Column {
  x: number;
  width: number;
}

export const MARGIN = 72;
export const BODY_SIZE = 11;
export const INDENT = 20;
export const INK = '#111111';
export const MUTED = '#555555';
export const BRACKET = '#9b1c1c';

/** The text block of an A4 page between the margins. */
export function fullWidth(doc: Doc): Column {
  return { x: MARGIN, width: doc.page.width - 2 * MARGIN };
}

function fontOf(run: Pick<Run, 'bold' | 'italic'>): PdfFont {
  if (run.bold && run.italic) return 'boldItalic';
  if (run.bold) return 'bold';
  if (run.italic) return 'italic';
  return 'regular';
}

const sameFormat = (a: Run, b: Run) =>
  !a.bold === !b.bold && !a.italic === !b.italic && a.change === b.change;

/**
 * Neighbouring runs of one formatting as one, and no empty ones: pdfkit puts
 * a continued piece that follows a wrapped one on a line of its own, which
 * left a closing bracket alone under its paragraph.
 */
function joinRuns(runs: readonly Run[]): Run[] {
  const joined: Run[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = joined.at(-1);
    if (last && sameFormat(last, run)) joined[joined.length - 1] = { ...last, text: last.text + run.text };
    else joined.push(run);
  }
  return joined;
}

/**
 * Writes a run sequence as one wrapped paragraph. Text is passed to pdfkit
 * as text only — nothing in a clause can become a PDF operator, a link or a
 * script — and overlong words are broken by pdfkit's line wrapper.
 */
export function writeRuns(doc: Doc, runs: Run[], options: Column & { prefix?: Run[]; suffix?: Run[] }) {
  const all = joinRuns([...(options.prefix ?? []), ...runs, ...(options.suffix ?? [])]);
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

/** Paragraphs and lists in `column`; with `bracket`, the first opens and the last closes a square bracket. */
export function writeBlocks(
  doc: Doc,
  blocks: Block[],
  column: Column,
  depth: number,
  bracket: { open: boolean; close: boolean },
) {
  const left = column.x + depth * INDENT;
  const width = column.x + column.width - left;
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
        writeBlocks(doc, rest, column, depth + 2, { open: false, close: lastItem && suffix.length > 0 });
      } else {
        writeBlocks(doc, item, column, depth + 1, { open: false, close: false });
      }
    });
  });
}
