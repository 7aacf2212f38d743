import type { ClauseJSON } from './treatyModel.ts';

/**
 * What a clause's history records: its text in every language (and, as
 * `heading`, `text` and `body`, in the treaty's first), tags and position at
 * one moment. States recorded before language versions have no `texts`.
 */
export type ClauseState = Pick<
  ClauseJSON,
  'number' | 'heading' | 'text' | 'body' | 'domains' | 'threshold' | 'commitments'
> &
  Partial<Pick<ClauseJSON, 'texts'>>;

export function clauseStateOf(clause: ClauseJSON): ClauseState {
  const { number, heading, text, body, texts, domains, threshold, commitments } = clause;
  return { number, heading, text, body, texts, domains, threshold, commitments };
}
