import type { TextMention } from './textMention.ts';
import { BREAK } from './wordTokens.ts';

/** English modal verbs; each is its own key, so "shall" → "must" is a change. */
const ENGLISH = new Set([
  'shall',
  'should',
  'may',
  'must',
  'will',
  'can',
  'cannot',
  'might',
  'could',
  'would',
]);

/**
 * Ukrainian modal words by the verb (or short adjective) they are forms of:
 * a change of number or gender («зобов'язуються» → «зобов'язується») is
 * grammar, not substance; a change of verb is material.
 */
const UKRAINIAN: Record<string, string> = {
  "зобов'язуються": "зобов'язуватися",
  "зобов'язується": "зобов'язуватися",
  "зобов'язаний": "зобов'язаний",
  "зобов'язана": "зобов'язаний",
  "зобов'язане": "зобов'язаний",
  "зобов'язані": "зобов'язаний",
  повинен: 'повинен',
  повинна: 'повинен',
  повинно: 'повинен',
  повинні: 'повинен',
  може: 'могти',
  можуть: 'могти',
  вправі: 'вправі',
  слід: 'слід',
};

/** «має», «мають»: an obligation before an infinitive, a permission with «право», else just "has". */
const HAVE = new Set(['має', 'мають']);
const RIGHT = new Set(['право', 'права']);
const isInfinitive = (word: string | undefined) => word !== undefined && /(ти|тися|тись)$/u.test(word);
const isAdverb = (word: string | undefined) => word !== undefined && /о$/u.test(word);

/** What `tokens[i]` starts as a Ukrainian modal: its key and how many words it takes, or null. */
function ukrainianModal(tokens: readonly string[], i: number): { key: string; length: number } | null {
  const word = tokens[i] as string;
  const single = UKRAINIAN[word];
  if (single) return { key: single, length: 1 };
  if (!HAVE.has(word)) return null;
  const next = tokens[i + 1];
  if (RIGHT.has(next ?? BREAK)) return { key: 'мати право', length: 2 };
  // «мають невід'ємне право», «має також право»
  if (next !== BREAK && RIGHT.has(tokens[i + 2] ?? BREAK)) return { key: 'мати право', length: 3 };
  if (isInfinitive(next) || (isAdverb(next) && isInfinitive(tokens[i + 2])))
    return { key: 'мати', length: 1 };
  return null;
}

/**
 * The modal phrases of a text (its words, as wordTokens gives them), English
 * and Ukrainian, each with its negation: "shall not", «не можуть», «не має
 * права» are other phrases than "shall", «можуть», «має право».
 */
export function modalPhrases(tokens: readonly string[]): TextMention[] {
  const found: TextMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i] as string;
    if (ENGLISH.has(word)) {
      const negated = tokens[i + 1] === 'not';
      const words = negated ? `${word} not` : word;
      found.push({ key: words, words });
      if (negated) i++;
      continue;
    }
    const modal = ukrainianModal(tokens, i);
    if (!modal) continue;
    const negated = tokens[i - 1] === 'не';
    const words = tokens.slice(negated ? i - 1 : i, i + modal.length).join(' ');
    found.push({ key: negated ? `не ${modal.key}` : modal.key, words });
    i += modal.length - 1;
  }
  return found;
}
