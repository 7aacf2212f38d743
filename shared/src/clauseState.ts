import type { ClauseJSON } from './treatyModel.ts';

/** What a clause's history records: its text, tags and position at one moment. */
export type ClauseState = Pick<
  ClauseJSON,
  'number' | 'heading' | 'text' | 'body' | 'domains' | 'threshold' | 'commitments'
>;

export function clauseStateOf(clause: ClauseJSON): ClauseState {
  const { number, heading, text, body, domains, threshold, commitments } = clause;
  return { number, heading, text, body, domains, threshold, commitments };
}
