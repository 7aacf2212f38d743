import { type ExportDocument, STAMP_PREFIX } from '@pactum/shared';
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  type ILevelsOptions,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import {
  articleParagraphs,
  DocxColor,
  LIST_INDENT,
  type ListInstances,
  ORDERED_LIST,
} from './docxArticle.ts';
import { exportLabels } from './exportLabels.ts';
import { openArticlesNote, scopeDescription, stampLine, treatyDate, versionTitle } from './exportWording.ts';

const FONT = 'Times New Roman';
/** Half-points. */
const BODY_SIZE = 24;
const SMALL_SIZE = 16;

/** "a." at the first level, "1." below it, as in the PDF. */
const ORDERED_LEVELS: ILevelsOptions[] = Array.from({ length: 9 }, (_, level) => ({
  level,
  format: level === 0 ? LevelFormat.LOWER_LETTER : LevelFormat.DECIMAL,
  text: `%${level + 1}.`,
  alignment: AlignmentType.START,
  style: { paragraph: { indent: { left: LIST_INDENT * (level + 1), hanging: LIST_INDENT / 2 } } },
}));

function centred(
  text: string,
  run: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {},
) {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 160 },
    children: [new TextRun({ text, ...run })],
  });
}

function titleSection(document: ExportDocument): Paragraph[] {
  return [
    new Paragraph({ spacing: { before: 2400 } }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      spacing: { after: 480 },
      text: document.title,
    }),
    centred(versionTitle(document), { size: 26 }),
    centred(treatyDate(document.exportedAt, document.lang), { color: DocxColor.muted }),
    centred(scopeDescription(document), { italics: true, color: DocxColor.muted }),
    ...(document.parties.length > 0
      ? [
          new Paragraph({ spacing: { before: 960 } }),
          centred(exportLabels(document.lang).parties, { bold: true }),
          ...document.parties.map((party) => centred(`${party.name} (${party.code})`)),
        ]
      : []),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function openArticlesParagraphs(document: ExportDocument): Paragraph[] {
  const note = openArticlesNote(document);
  if (!note) return [];
  return [
    new Paragraph({
      spacing: { before: 360 },
      children: [
        new TextRun({
          text: note,
          italics: true,
          color: DocxColor.muted,
        }),
      ],
    }),
  ];
}

function header(document: ExportDocument): Header {
  return new Header({
    children: [centred(document.title, { size: SMALL_SIZE, color: DocxColor.muted })],
  });
}

function footer(document: ExportDocument): Footer {
  const small = { size: SMALL_SIZE, color: DocxColor.muted };
  const [before, between, after] = exportLabels(document.lang).page;
  return new Footer({
    children: [
      new Paragraph({ children: [new TextRun({ text: stampLine(document), ...small })] }),
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({
            children: [before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES, after].filter(Boolean),
            ...small,
          }),
        ],
      }),
    ],
  });
}

/**
 * Renders an export as a Word document in its language (labels, dates and
 * the proofing language of the text): a title page, the preamble, each
 * article under a real Heading 1, lists with Word numbering, and the stamp
 * in the footer and the document properties. Clause text only ever becomes
 * text runs, which docx escapes.
 */
export function renderDocx(document: ExportDocument): Promise<Buffer> {
  let instance = 0;
  const lists: ListInstances = { next: () => ++instance };
  const marker = `${STAMP_PREFIX}${document.stamp}`;
  const doc = new Document({
    title: document.title,
    subject: `${versionTitle(document)}: ${scopeDescription(document)}`,
    creator: 'Pactum',
    lastModifiedBy: 'Pactum',
    description: stampLine(document),
    keywords: marker,
    customProperties: [{ name: 'PactumStamp', value: marker }],
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY_SIZE, language: { value: document.lang } } },
        title: { run: { font: FONT, size: 44, bold: true, color: DocxColor.ink } },
        heading1: {
          run: { font: FONT, size: 26, bold: true, color: DocxColor.ink },
          paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true },
        },
      },
    },
    numbering: { config: [{ reference: ORDERED_LIST, levels: ORDERED_LEVELS }] },
    sections: [
      {
        properties: { titlePage: true },
        headers: { default: header(document), first: new Header({ children: [] }) },
        footers: { default: footer(document), first: footer(document) },
        children: [
          ...titleSection(document),
          ...document.preamble.map((text) => new Paragraph({ spacing: { after: 120 }, text })),
          ...document.articles.flatMap((article) => articleParagraphs(document, article, lists)),
          ...openArticlesParagraphs(document),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
