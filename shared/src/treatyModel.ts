import type { JSONContent } from '@tiptap/core';
import type { ClauseTagsJSON } from './tags/readTreatyTags.ts';
import type { Commitment, Party, Threshold } from './tags/tagSchemas.ts';
import type { Domain } from './tags/vocabulary.ts';

/** The text of one article, read from the document. */
export interface ClauseText {
  /** Stable identity; survives moves, renumbering and edits. */
  clauseId: string;
  /** 1-based position among the clauses; derived, never stored. */
  number: number;
  /** "Article 3". */
  label: string;
  heading: string;
  /** Plain text of the body; blocks separated by a newline. */
  text: string;
  /** The rich-text body as ProseMirror JSON (content of `clauseBody`). */
  body: JSONContent[];
}

/** One article with its tags: domains, threshold, commitments. */
export interface ClauseJSON extends ClauseText, ClauseTagsJSON {}

/** The text of a treaty. */
export interface TreatyText {
  title: string;
  /** Plain text of the preamble; paragraphs separated by a newline. */
  preamble: string;
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
  title: string;
  preamble: string[];
  clauses: ClauseDraft[];
  parties?: Party[];
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
