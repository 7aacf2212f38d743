import type { JSONContent } from '@tiptap/core';
import type { ClauseTagsJSON } from './tags/readTreatyTags.ts';
import type { Commitment, Party, Threshold } from './tags/tagSchemas.ts';
import type { Domain } from './tags/vocabulary.ts';

/** An article's heading and body in one language. */
export interface ClauseLanguageText {
  heading: string;
  /** Plain text of the body; blocks separated by a newline. */
  text: string;
  /** The rich-text body as ProseMirror JSON (content of `clauseBody`). */
  body: JSONContent[];
}

/** The text of one article, read from the document: in the language read, and in every language. */
export interface ClauseText extends ClauseLanguageText {
  /** Stable identity; survives moves, renumbering and edits. */
  clauseId: string;
  /** 1-based position among the clauses; derived, never stored. */
  number: number;
  /** "Article 3" ("Стаття 3"), in the language read. */
  label: string;
  /** The language of `heading`, `text`, `body` and `label`. */
  lang: string;
  /** The article in each of the treaty's languages (empty where a language has no text yet). */
  texts: Record<string, ClauseLanguageText>;
}

/** One article with its tags: domains, threshold, commitments. */
export interface ClauseJSON extends ClauseText, ClauseTagsJSON {}

/** The text of a treaty, in the language read and in every language. */
export interface TreatyText {
  /** The treaty's languages, in order (ISO 639-1). */
  languages: string[];
  /** The language of `title`, `preamble` and each clause's text. */
  lang: string;
  title: string;
  /** Plain text of the preamble; paragraphs separated by a newline. */
  preamble: string;
  titles: Record<string, string>;
  preambles: Record<string, string>;
  clauses: ClauseText[];
}

/** A whole treaty as plain data: text, tags, parties and the domains in use. */
export interface TreatyJSON extends Omit<TreatyText, 'clauses'> {
  parties: Party[];
  /** Default domains, then the treaty's own. */
  domains: Domain[];
  clauses: ClauseJSON[];
}

/** Input for building a treaty document: plain paragraphs per clause. */
export interface TreatyDraft {
  /** The text of the first language (`languages[0]`). */
  title: string;
  preamble: string[];
  clauses: ClauseDraft[];
  parties?: Party[];
  /** The treaty's languages, in order; English alone by default. */
  languages?: string[];
  /** The text in the other languages, by code; a language not here starts empty. */
  translations?: Record<string, LanguageDraft>;
}

/** A treaty's text in one more language: the clauses by position, as in the draft. */
export interface LanguageDraft {
  title: string;
  preamble: string[];
  clauses: Array<Pick<ClauseDraft, 'heading' | 'paragraphs'>>;
}

export interface ClauseDraft {
  clauseId?: string;
  heading: string;
  /** Each entry is a paragraph; an array entry is a numbered list of items. */
  paragraphs: Array<string | string[]>;
  domains?: string[];
  threshold?: Threshold;
  commitments?: Commitment[];
}
