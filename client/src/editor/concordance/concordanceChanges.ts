import { type ConfirmedText, type WordDiff, wordDiff } from '@pactum/shared';
import type * as Y from 'yjs';
import { liveClauseTexts } from './liveClauseTexts.ts';

/** What changed in one language since the confirmation: the heading (if it did) and the text. */
export interface LanguageChange {
  lang: string;
  heading: WordDiff | null;
  text: WordDiff;
}

/** The word diff of each language in `langs` from its confirmed text to the live one. */
export function concordanceChanges(
  doc: Y.Doc,
  clauseId: string,
  confirmed: Record<string, ConfirmedText>,
  langs: readonly string[],
): LanguageChange[] {
  const live = liveClauseTexts(doc, clauseId);
  if (!live) return [];
  return langs.map((lang) => {
    const before = confirmed[lang] ?? { heading: '', text: '' };
    const now = live.get(lang) ?? { heading: '', text: '' };
    return {
      lang,
      heading: before.heading === now.heading ? null : wordDiff(before.heading, now.heading),
      text: wordDiff(before.text, now.text),
    };
  });
}
