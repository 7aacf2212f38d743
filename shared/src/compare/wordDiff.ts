import fastDiff from 'fast-diff';
import { segmentWords } from './segmentWords.ts';

/** One run of a redline: kept, inserted or deleted text. */
export interface DiffSegment {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface WordDiff {
  segments: DiffSegment[];
  /** The diff gave up on word level (too large or too different) and shows a whole replacement. */
  coarse: boolean;
}

/** Beyond this many characters of changed middle, the redline is a whole replacement. */
const MAX_MIDDLE_CHARS = 50_000;
/** Distinct words are diffed as one private-use character each (U+E000…U+F8FF). */
const MAX_DISTINCT_TOKENS = 6_000;
/** Beyond this many words in the changed middle, the redline is a whole replacement. */
const MAX_MIDDLE_TOKENS = 6_000;

/** Words with the whitespace that follows them, so a diff runs over half as many tokens. */
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const { segment, isWordLike } of segmentWords(text)) {
    if (!isWordLike && /^\s+$/.test(segment) && tokens.length > 0) tokens[tokens.length - 1] += segment;
    else tokens.push(segment);
  }
  return tokens;
}

/**
 * Diffs two token lists by mapping each distinct token to one character and
 * running diff-match-patch (fast-diff) over those strings. Null when the
 * inputs are too large for a word-level diff.
 */
function diffTokens(before: string[], after: string[]): Array<[op: number, tokens: string[]]> | null {
  if (before.length + after.length > MAX_MIDDLE_TOKENS) return null;
  const codes = new Map<string, string>();
  const tokens: string[] = [];
  const encode = (list: string[]) => {
    let encoded = '';
    for (const token of list) {
      let code = codes.get(token);
      if (code === undefined) {
        code = String.fromCharCode(0xe000 + tokens.length);
        codes.set(token, code);
        tokens.push(token);
      }
      encoded += code;
    }
    return encoded;
  };
  const a = encode(before);
  const b = encode(after);
  if (tokens.length > MAX_DISTINCT_TOKENS) return null;
  return fastDiff(a, b).map(([op, text]) => [
    op,
    Array.from(text, (char) => tokens[char.charCodeAt(0) - 0xe000] ?? ''),
  ]);
}

/** Length of the common prefix, moved back to a whitespace boundary so no word is split. */
function commonPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let i = 0;
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === limit && a.length === b.length) return i;
  while (i > 0 && !/\s/.test(a.charAt(i - 1))) i--;
  return i;
}

function commonSuffix(a: string, b: string, prefix: number): number {
  const limit = Math.min(a.length, b.length) - prefix;
  let i = 0;
  while (i < limit && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  // Cut right after a whitespace, so the last word of both middles keeps its trailing space.
  while (i > 0 && !/\s/.test(a.charAt(a.length - i - 1))) i--;
  return i;
}

function push(segments: DiffSegment[], op: DiffSegment['op'], text: string): void {
  if (text === '') return;
  const last = segments.at(-1);
  if (last?.op === op) last.text += text;
  else segments.push({ op, text });
}

/**
 * A word-level redline of `before` → `after`, correct for Cyrillic and Latin
 * text, that reproduces both texts exactly. Bounded: the unchanged start and
 * end are cut off in linear time, and a middle too large for a word diff
 * becomes one deletion and one insertion — coarser, still exact, never slow.
 */
export function wordDiff(before: string, after: string): WordDiff {
  const segments: DiffSegment[] = [];
  if (before === after) {
    push(segments, 'equal', before);
    return { segments, coarse: false };
  }
  const prefix = commonPrefix(before, after);
  const suffix = commonSuffix(before, after, prefix);
  const oldMiddle = before.slice(prefix, before.length - suffix);
  const newMiddle = after.slice(prefix, after.length - suffix);
  push(segments, 'equal', before.slice(0, prefix));
  const changes =
    oldMiddle.length + newMiddle.length > MAX_MIDDLE_CHARS
      ? null
      : diffTokens(tokenize(oldMiddle), tokenize(newMiddle));
  const coarse = changes === null;
  if (changes) {
    for (const [op, tokens] of changes)
      push(segments, op === 1 ? 'insert' : op === -1 ? 'delete' : 'equal', tokens.join(''));
  } else {
    push(segments, 'delete', oldMiddle);
    push(segments, 'insert', newMiddle);
  }
  push(segments, 'equal', before.slice(before.length - suffix));
  return { segments, coarse };
}

/** The text before (`delete` + `equal`) or after (`insert` + `equal`) a redline. */
export function sideOf(segments: DiffSegment[], side: 'before' | 'after'): string {
  const skip = side === 'before' ? 'insert' : 'delete';
  return segments
    .filter((segment) => segment.op !== skip)
    .map((segment) => segment.text)
    .join('');
}
