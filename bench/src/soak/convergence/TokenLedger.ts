import type * as Y from 'yjs';
import { itemIdOf, plainText, textblocksOf, textOf } from './treatyNodes.ts';

interface Entry {
  /** Identity of the clause element and of the text block the token was typed into. */
  clause: string;
  block: string;
  /** Some client's deletion (or an insertion splitting it) covered the token in its own view. */
  touched: boolean;
}

/** Every token a seed types has this shape; none is a substring of another. */
const TOKEN = /«\d+\.\d+\.\d+»/g;

/**
 * What must survive a seed. Every text insertion carries a unique token; a
 * token must be in the final treaty unless someone's deletion covered it,
 * or the clause or block it was typed into was deleted (deleting or moving
 * an article, removing a paragraph), which legitimately takes concurrent
 * typing in it along. Anything else missing is acknowledged text lost.
 */
export class TokenLedger {
  readonly #entries = new Map<string, Entry>();
  readonly #deleted = new Set<string>();

  token(client: number, op: number, part: number): string {
    return `«${client}.${op}.${part}»`;
  }

  /** `token` was typed into `block` of `clause`. */
  typed(token: string, clause: Y.XmlElement, block: Y.XmlElement): void {
    this.#entries.set(token, { clause: itemIdOf(clause), block: itemIdOf(block), touched: false });
  }

  /**
   * Characters `from`…`to` of `text` are about to change (deleted, or split by
   * an insertion at `from` = `to`): tokens that overlap are no longer owed.
   */
  touch(text: Y.XmlText, from: number, to: number): void {
    for (const match of plainText(text).matchAll(TOKEN)) {
      const start = match.index;
      const end = start + match[0].length;
      const overlaps = from === to ? start < from && from < end : start < to && from < end;
      const entry = this.#entries.get(match[0]);
      if (overlaps && entry) entry.touched = true;
    }
  }

  /** A clause or block element was deleted: what was typed into it, by anyone, may go with it. */
  deleted(element: Y.XmlElement): void {
    this.#deleted.add(itemIdOf(element));
  }

  /** A clause was moved as a copy: its tokens now live in the copy. */
  moved(original: Y.XmlElement, copy: Y.XmlElement): void {
    this.deleted(original);
    for (const block of textblocksOf(copy)) {
      const text = textOf(block);
      if (!text) continue;
      for (const [token] of plainText(text).matchAll(TOKEN)) {
        const entry = this.#entries.get(token);
        if (entry) Object.assign(entry, { clause: itemIdOf(copy), block: itemIdOf(block) });
      }
    }
  }

  /** Tokens owed and the ones missing from `finalText` (all text of the converged treaty). */
  check(finalText: string): { owed: number; missing: string[] } {
    const present = new Set(finalText.match(TOKEN) ?? []);
    let owed = 0;
    const missing: string[] = [];
    for (const [token, entry] of this.#entries) {
      if (entry.touched || this.#deleted.has(entry.clause) || this.#deleted.has(entry.block)) continue;
      owed++;
      if (!present.has(token)) missing.push(token);
    }
    return { owed, missing };
  }
}
