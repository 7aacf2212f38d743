import type { JSONContent } from '@tiptap/core';

/** One article as plain data, read from the document. */
export interface ClauseJSON {
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

/** A whole treaty as plain data. */
export interface TreatyJSON {
  title: string;
  /** Plain text of the preamble; paragraphs separated by a newline. */
  preamble: string;
  clauses: ClauseJSON[];
}

/** Input for building a treaty document: plain paragraphs per clause. */
export interface TreatyDraft {
  title: string;
  preamble: string[];
  clauses: ClauseDraft[];
}

export interface ClauseDraft {
  clauseId?: string;
  heading: string;
  /** Each entry is a paragraph; an array entry is a numbered list of items. */
  paragraphs: Array<string | string[]>;
}
