import { segmentWords } from './segmentWords.ts';
import type { DiffSegment } from './wordDiff.ts';

/** Stands between two pieces of text that are not adjacent: no phrase is matched across it. */
export const BREAK = '';

/** Characters of unchanged text kept on each side of a change: enough for any phrase that spans it. */
const CONTEXT = 80;

/**
 * The words of `text`, lower-cased, with every apostrophe written `'`
 * (Ukrainian has ’, ʼ and ' for the same letter). Intl.Segmenter finds the
 * words, so Cyrillic and Latin split alike where \w and \b would not.
 */
export function wordTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const { segment, isWordLike } of segmentWords(text))
    if (isWordLike) tokens.push(segment.toLowerCase().replace(/[’ʼ‘`]/g, "'"));
  return tokens;
}

/** The first and last `CONTEXT` characters of a long unchanged run, cut at whitespace. */
function context(text: string): string[] {
  if (text.length <= 2 * CONTEXT) return wordTokens(text);
  const headEnd = text.indexOf(' ', CONTEXT);
  const tailStart = text.lastIndexOf(' ', text.length - CONTEXT);
  const head = wordTokens(text.slice(0, headEnd === -1 ? CONTEXT : headEnd));
  const tail = wordTokens(text.slice(tailStart === -1 ? text.length - CONTEXT : tailStart));
  return [...head, BREAK, ...tail];
}

/**
 * The words of a redline's two sides around what changed: the deleted and
 * inserted runs whole, the unchanged runs only near a change (a long clause
 * with one edit is not read twice from end to end).
 */
export function changedTokens(segments: DiffSegment[]): { before: string[]; after: string[] } {
  const before: string[] = [];
  const after: string[] = [];
  for (const segment of segments) {
    if (segment.op === 'equal') {
      const tokens = context(segment.text);
      before.push(...tokens);
      after.push(...tokens);
    } else (segment.op === 'delete' ? before : after).push(...wordTokens(segment.text));
  }
  return { before, after };
}
