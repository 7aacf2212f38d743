import { segmentWords } from './segmentWords.ts';
import type { DiffSegment } from './wordDiff.ts';

/** A change a legal reader must not miss. */
export interface MaterialChange {
  kind: 'modal' | 'number' | 'party' | 'threshold' | 'commitment';
  description: string;
}

/** Words that carry (or drop) an obligation, English and Ukrainian. */
const MODALS = new Set([
  'shall',
  'should',
  'may',
  'must',
  'will',
  'can',
  'might',
  'could',
  'would',
  'зобов’язуються',
  "зобов'язуються",
  'зобов’язана',
  'зобов’язані',
  'повинні',
  'повинна',
  'мають',
  'може',
  'можуть',
  'слід',
]);

function words(text: string): string[] {
  return Array.from(segmentWords(text))
    .filter((segment) => segment.isWordLike)
    .map((segment) => segment.segment.toLocaleLowerCase());
}

function changedWords(segments: DiffSegment[], op: 'insert' | 'delete'): string[] {
  return segments.filter((segment) => segment.op === op).flatMap((segment) => words(segment.text));
}

function differs(a: string[], b: string[]): boolean {
  return [...a].sort().join('\u0000') !== [...b].sort().join('\u0000');
}

/** At most five distinct items, so a rewritten clause does not produce a megabyte of description. */
function list(items: string[]): string {
  const distinct = [...new Set(items)];
  if (distinct.length === 0) return 'nothing';
  const shown = distinct.slice(0, 5).map((item) => `“${item}”`);
  return distinct.length > 5 ? `${shown.join(', ')} and ${distinct.length - 5} more` : shown.join(', ');
}

/**
 * Material changes inside a text redline: a modal verb replaced or dropped
 * ("shall" → "should"), a number or deadline changed, a party's name or code
 * added or removed.
 */
export function materialTextChanges(segments: DiffSegment[], partyNames: string[]): MaterialChange[] {
  const removed = changedWords(segments, 'delete');
  const added = changedWords(segments, 'insert');
  const changes: MaterialChange[] = [];
  const pick = (wordsList: string[], test: (word: string) => boolean) => wordsList.filter(test);

  const modalsBefore = pick(removed, (w) => MODALS.has(w));
  const modalsAfter = pick(added, (w) => MODALS.has(w));
  if (differs(modalsBefore, modalsAfter)) {
    const description =
      modalsBefore.length === 0
        ? `obligation wording added: ${list(modalsAfter)}`
        : modalsAfter.length === 0
          ? `obligation wording removed: ${list(modalsBefore)}`
          : `obligation wording ${list(modalsBefore)} → ${list(modalsAfter)}`;
    changes.push({ kind: 'modal', description });
  }
  const isNumber = (w: string) => /\d/.test(w);
  const numbersBefore = pick(removed, isNumber);
  const numbersAfter = pick(added, isNumber);
  if (differs(numbersBefore, numbersAfter)) {
    changes.push({ kind: 'number', description: `number ${list(numbersBefore)} → ${list(numbersAfter)}` });
  }
  const names = partyNames.map((name) => name.toLocaleLowerCase());
  const removedText = ` ${removed.join(' ')} `;
  const addedText = ` ${added.join(' ')} `;
  const partiesBefore = names.filter((name) => removedText.includes(` ${words(name).join(' ')} `));
  const partiesAfter = names.filter((name) => addedText.includes(` ${words(name).join(' ')} `));
  if (differs(partiesBefore, partiesAfter)) {
    changes.push({ kind: 'party', description: `party ${list(partiesBefore)} → ${list(partiesAfter)}` });
  }
  return changes;
}
