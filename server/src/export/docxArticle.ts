import {
  type Block,
  type ExportArticle,
  type ExportDocument,
  printsInBrackets,
  type Run,
} from '@pactum/shared';
import { HeadingLevel, Paragraph, TextRun, UnderlineType } from 'docx';
import { exportLabels } from './exportLabels.ts';
import { articleTitle, comparisonNote, statusNote } from './exportWording.ts';

/** The numbering definition of ordered lists (see renderDocx). */
export const ORDERED_LIST = 'pactum-ordered';
/** Half an inch, in twips: the step of each list level. */
export const LIST_INDENT = 720;
const MAX_LEVEL = 8;

export const DocxColor = {
  ink: '111111',
  muted: '555555',
  bracket: '9B1C1C',
  inserted: '1A5E1A',
} as const;

/** Hands out a new list instance for every ordered list that is not nested in another, so each starts at "a". */
export interface ListInstances {
  next(): number;
}

type Place =
  | { kind: 'text'; level: number }
  | { kind: 'ordered'; level: number; instance: number }
  | { kind: 'bullet'; level: number };

/** One Word paragraph of a clause body: its runs and where it sits. */
interface Line {
  runs: Run[];
  place: Place;
}

function lines(blocks: readonly Block[], level: number, lists: ListInstances, instance?: number): Line[] {
  return blocks.flatMap((block): Line[] => {
    if (block.kind === 'paragraph') return [{ runs: block.runs, place: { kind: 'text', level } }];
    // A list nested in an ordered item continues its numbering definition one level down, as Word's own lists do.
    const own = block.ordered ? (instance ?? lists.next()) : undefined;
    const listLevel = Math.min(level, MAX_LEVEL);
    return block.items.flatMap((item): Line[] => {
      const [first, ...rest] = item;
      if (first?.kind !== 'paragraph') return lines(item, level + 1, lists, own);
      const place: Place =
        own === undefined
          ? { kind: 'bullet', level: listLevel }
          : { kind: 'ordered', level: listLevel, instance: own };
      return [{ runs: first.runs, place }, ...lines(rest, level + 1, lists, own)];
    });
  });
}

/** A run as Word runs: a line break in the text becomes a Word break, never a new paragraph. */
function textRuns(run: Run, style: { italic?: boolean; color?: string } = {}): TextRun[] {
  const format = {
    bold: run.bold || undefined,
    italics: run.italic || style.italic || undefined,
    underline: run.change === 'inserted' ? { type: UnderlineType.SINGLE } : undefined,
    strike: run.change === 'deleted' || undefined,
    color:
      run.change === 'inserted'
        ? DocxColor.inserted
        : run.change === 'deleted'
          ? DocxColor.bracket
          : style.color,
  };
  return run.text
    .split('\n')
    .flatMap((piece, index) =>
      index === 0 && piece === ''
        ? []
        : [new TextRun({ ...format, text: piece, break: index > 0 ? 1 : undefined })],
    );
}

function paragraph(runs: Run[], place: Place): Paragraph {
  const children = runs.flatMap((run) => textRuns(run));
  const spacing = { after: 120 };
  if (place.kind === 'ordered') {
    return new Paragraph({
      children,
      spacing,
      numbering: { reference: ORDERED_LIST, level: place.level, instance: place.instance },
    });
  }
  if (place.kind === 'bullet') return new Paragraph({ children, spacing, bullet: { level: place.level } });
  return new Paragraph({
    children,
    spacing,
    ...(place.level > 0 ? { indent: { left: LIST_INDENT * place.level } } : {}),
  });
}

/** `blocks` as Word paragraphs; with `bracketed`, the first opens and the last closes a square bracket. */
export function blockParagraphs(
  blocks: readonly Block[],
  lists: ListInstances,
  options: { bracketed?: boolean; level?: number } = {},
): Paragraph[] {
  const all = lines(blocks, options.level ?? 0, lists);
  if (options.bracketed && all.length > 0) {
    const first = all[0] as Line;
    const last = all[all.length - 1] as Line;
    first.runs = [{ text: '[' }, ...first.runs];
    last.runs = [...last.runs, { text: ']' }];
  }
  return all.map((line) => paragraph(line.runs, line.place));
}

function note(text: string, color: string): Paragraph {
  return new Paragraph({
    keepNext: true,
    spacing: { after: 120 },
    children: textRuns({ text }, { italic: true, color }),
  });
}

/** An article: a Heading 1 title, its status, its text, open options and reservations. */
export function articleParagraphs(
  document: ExportDocument,
  article: ExportArticle,
  lists: ListInstances,
): Paragraph[] {
  const labels = exportLabels(document.lang);
  const status = statusNote(article, document);
  const comparison = comparisonNote(article, document.lang);
  const paragraphs = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, text: articleTitle(article) }),
  ];
  if (comparison) paragraphs.push(note(comparison, DocxColor.muted));
  if (status)
    paragraphs.push(note(status, article.bracketedBy.length > 0 ? DocxColor.bracket : DocxColor.muted));
  paragraphs.push(
    ...blockParagraphs(article.blocks, lists, { bracketed: printsInBrackets(document, article) }),
  );
  for (const option of article.options) {
    paragraphs.push(
      new Paragraph({
        keepNext: true,
        spacing: { before: 120, after: 60 },
        children: textRuns({ text: labels.option(option.label, option.supporters.join(', ')), bold: true }),
      }),
      ...blockParagraphs(
        option.paragraphs.map((text) => ({ kind: 'paragraph', runs: text ? [{ text }] : [] })),
        lists,
        { bracketed: true, level: 1 },
      ),
    );
  }
  for (const reservation of article.reservations) {
    paragraphs.push(
      new Paragraph({
        indent: { left: LIST_INDENT },
        spacing: { after: 120 },
        children: textRuns(
          { text: `${labels.reservation(reservation.delegation)}${reservation.text}` },
          { italic: true, color: DocxColor.muted },
        ),
      }),
    );
  }
  return paragraphs;
}
