import type { TextMention } from './textMention.ts';
import { wordTokens } from './wordTokens.ts';

/** A Cyrillic name word declines: «Україна», «України», «Україною». */
const CYRILLIC = /^\p{Script=Cyrillic}+$/u;
/** A stem matches a form at most this many letters longer: «Україною», not «українського». */
const MAX_ENDING = 3;

/** What a word of a name matches: itself, or (Cyrillic) its stem with a short ending. */
function wordMatcher(word: string): (token: string) => boolean {
  if (!CYRILLIC.test(word) || word.length < 4) return (token) => token === word;
  const stem = word.replace(/[аяоеєіїиуюьй]$/u, '');
  return (token) => token.startsWith(stem) && token.length - stem.length <= MAX_ENDING;
}

/**
 * The parties a text names (its words, as wordTokens gives them), by name or
 * code, each name in any case form where it is Cyrillic. The key and the
 * words are the name as listed, lower-cased.
 */
export function partyMentions(tokens: readonly string[], names: readonly string[]): TextMention[] {
  const found: TextMention[] = [];
  for (const name of new Set(names)) {
    const matchers = wordTokens(name).map(wordMatcher);
    if (matchers.length === 0) continue;
    const key = name.toLocaleLowerCase();
    for (let i = 0; i + matchers.length <= tokens.length; i++)
      if (matchers.every((matches, k) => matches(tokens[i + k] as string))) found.push({ key, words: key });
  }
  return found;
}
