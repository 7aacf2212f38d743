import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { clauseLabel } from './clauseNumber.ts';
import { DEFAULT_LANGUAGES } from './languages/languagesLayout.ts';
import { CLAUSE_ID_ATTR, LANG_ATTR, TreatyNode } from './treatyLayout.ts';
import type { ClauseLanguageText, ClauseText, TreatyText } from './treatyModel.ts';

/** Which languages a reader reports, and in which one it reads `title`, `heading`, `text`… */
export interface ReadLanguages {
  /** The treaty's languages, in order (readLanguages of its Y.Doc). */
  languages?: readonly string[];
  /** One of them; the first by default. */
  lang?: string;
}

function blockText(node: ProseMirrorNode): string {
  return node.textBetween(0, node.content.size, '\n', '\n');
}

/** The children of `node` that are language texts, by language (the first of a language counts). */
function byLanguage(node: ProseMirrorNode): Map<string, ProseMirrorNode> {
  const texts = new Map<string, ProseMirrorNode>();
  node.forEach((child) => {
    const lang = child.attrs[LANG_ATTR];
    if (typeof lang === 'string' && !texts.has(lang)) texts.set(lang, child);
  });
  return texts;
}

function resolve({ languages = DEFAULT_LANGUAGES, lang }: ReadLanguages): {
  languages: string[];
  lang: string;
} {
  const list = [...languages];
  return { languages: list, lang: lang && list.includes(lang) ? lang : (list[0] as string) };
}

/** Reads the text of a treaty ProseMirror document, numbering clauses by position. */
export function treatyFromNode(doc: ProseMirrorNode, read: ReadLanguages = {}): TreatyText {
  const { languages, lang } = resolve(read);
  const treaty: TreatyText = {
    languages,
    lang,
    title: '',
    preamble: '',
    titles: {},
    preambles: {},
    clauses: [],
  };
  doc.forEach((child) => {
    switch (child.type.name) {
      case TreatyNode.title: {
        const texts = byLanguage(child);
        for (const code of languages) treaty.titles[code] = texts.get(code)?.textContent ?? '';
        break;
      }
      case TreatyNode.preamble: {
        const texts = byLanguage(child);
        for (const code of languages) {
          const text = texts.get(code);
          treaty.preambles[code] = text ? blockText(text) : '';
        }
        break;
      }
      case TreatyNode.clause:
        treaty.clauses.push(clauseFromNode(child, treaty.clauses.length + 1, { languages, lang }));
        break;
    }
  });
  treaty.title = treaty.titles[lang] ?? '';
  treaty.preamble = treaty.preambles[lang] ?? '';
  return treaty;
}

const EMPTY_TEXT: ClauseLanguageText = { heading: '', text: '', body: [] };

function clauseLanguageText(node: ProseMirrorNode): ClauseLanguageText {
  const text = { ...EMPTY_TEXT };
  node.forEach((part) => {
    if (part.type.name === TreatyNode.clauseHeading) text.heading = part.textContent;
    if (part.type.name === TreatyNode.clauseBody) {
      text.text = blockText(part);
      text.body = part.toJSON().content ?? [];
    }
  });
  return text;
}

/** One clause node read as text, numbered `number`. */
export function clauseFromNode(node: ProseMirrorNode, number: number, read: ReadLanguages = {}): ClauseText {
  const { languages, lang } = resolve(read);
  const found = byLanguage(node);
  const texts: Record<string, ClauseLanguageText> = {};
  for (const code of languages) {
    const text = found.get(code);
    texts[code] = text ? clauseLanguageText(text) : { ...EMPTY_TEXT };
  }
  return {
    clauseId: String(node.attrs[CLAUSE_ID_ATTR] ?? ''),
    number,
    label: clauseLabel(number, lang),
    lang,
    ...(texts[lang] as ClauseLanguageText),
    texts,
  };
}
