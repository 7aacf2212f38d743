import { deadlineTerms } from './deadlineTerms.ts';
import { modalPhrases } from './modalPhrases.ts';
import { numberMentions } from './numberMentions.ts';
import { partyMentions } from './partyMentions.ts';
import type { TextMention } from './textMention.ts';
import type { DiffSegment } from './wordDiff.ts';
import { changedTokens } from './wordTokens.ts';

/** A change a legal reader must not miss. */
export interface MaterialChange {
  kind: 'modal' | 'number' | 'deadline' | 'party' | 'threshold' | 'commitment';
  /** In English (the server's exports write it). */
  description: string;
  /** The same change as data, for wording it in another language. */
  detail: MaterialDetail;
}

export type MaterialDetail =
  /**
   * Words of the text that went and came (modal verbs, numbers, deadline
   * terms, party names): at most five distinct ones a side, in text order,
   * and how many more there were.
   */
  | { of: 'text'; gone: string[]; goneMore: number; came: string[]; cameMore: number }
  /** The clause's whole threshold was set or cleared. */
  | { of: 'threshold'; added: boolean }
  /** One field of the threshold ("assistanceHours"), its values as a {@link TagChange} has them. */
  | { of: 'thresholdField'; field: string; from: string; to: string }
  /** A commitment, as a {@link TagChange} describes it. */
  | { of: 'commitmentRemoved'; commitment: string }
  /** A commitment now owed by another party (codes). */
  | { of: 'commitmentMoved'; from: string; to: string };

const SHOWN = 5;

/** At most five distinct items and how many more, so a rewritten clause does not produce a megabyte. */
function shown(items: string[]): { items: string[]; more: number } {
  const distinct = [...new Set(items)];
  return { items: distinct.slice(0, SHOWN), more: Math.max(0, distinct.length - SHOWN) };
}

/** At most five distinct items, so a rewritten clause does not produce a megabyte of description. */
function list(items: string[]): string {
  const distinct = [...new Set(items)];
  if (distinct.length === 0) return 'nothing';
  const shown = distinct.slice(0, 5).map((item) => `“${item}”`);
  return distinct.length > 5 ? `${shown.join(', ')} and ${distinct.length - 5} more` : shown.join(', ');
}

/** The words of the mentions in `side` that `other` does not have as often (by key). */
function unmatched(side: TextMention[], other: TextMention[]): string[] {
  const left = new Map<string, number>();
  for (const mention of other) left.set(mention.key, (left.get(mention.key) ?? 0) + 1);
  return side.flatMap((mention) => {
    const count = left.get(mention.key) ?? 0;
    left.set(mention.key, count - 1);
    return count > 0 ? [] : [mention.words];
  });
}

function describeModal(gone: string[], came: string[]): string {
  if (gone.length === 0) return `obligation wording added: ${list(came)}`;
  if (came.length === 0) return `obligation wording removed: ${list(gone)}`;
  return `obligation wording ${list(gone)} → ${list(came)}`;
}

/**
 * Material changes inside a text redline, English or Ukrainian: a modal verb
 * replaced, negated or dropped ("shall" → "should", «зобов'язуються» →
 * «мають право»), a number changed (in figures or words), a deadline's unit
 * or limit changed («протягом» → «не пізніше ніж», «днів» → «місяців»), a
 * party's name or code added or removed (Cyrillic names in any case form).
 * Inflection alone («Україна» → «України», «тридцять» → «тридцяти») is not.
 */
export function materialTextChanges(segments: DiffSegment[], partyNames: string[]): MaterialChange[] {
  const { before, after } = changedTokens(segments);
  const changes: MaterialChange[] = [];
  const compare = (find: (tokens: readonly string[]) => TextMention[]) => {
    const [was, is] = [find(before), find(after)];
    return { gone: unmatched(was, is), came: unmatched(is, was) };
  };

  const modal = compare(modalPhrases);
  const text = (found: { gone: string[]; came: string[] }): MaterialDetail => {
    const [gone, came] = [shown(found.gone), shown(found.came)];
    return { of: 'text', gone: gone.items, goneMore: gone.more, came: came.items, cameMore: came.more };
  };
  if (modal.gone.length + modal.came.length > 0)
    changes.push({ kind: 'modal', description: describeModal(modal.gone, modal.came), detail: text(modal) });
  const numbers = compare(numberMentions);
  if (numbers.gone.length + numbers.came.length > 0)
    changes.push({
      kind: 'number',
      description: `number ${list(numbers.gone)} → ${list(numbers.came)}`,
      detail: text(numbers),
    });
  const deadline = compare(deadlineTerms);
  if (deadline.gone.length + deadline.came.length > 0)
    changes.push({
      kind: 'deadline',
      description: `deadline ${list(deadline.gone)} → ${list(deadline.came)}`,
      detail: text(deadline),
    });
  const parties = compare((tokens) => partyMentions(tokens, partyNames));
  if (parties.gone.length + parties.came.length > 0)
    changes.push({
      kind: 'party',
      description: `party ${list(parties.gone)} → ${list(parties.came)}`,
      detail: text(parties),
    });
  return changes;
}
