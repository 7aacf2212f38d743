import {
  type ClauseComparison,
  type ClauseJSON,
  type ClauseState,
  clauseLabel,
  compareTreaties,
  type Party,
  type TreatyJSON,
} from '@pactum/shared';

function oneClause(clauseId: string, state: ClauseState | null, parties: Party[]): TreatyJSON {
  const clauses: ClauseJSON[] = state ? [{ ...state, clauseId, label: clauseLabel(state.number) }] : [];
  return { title: '', preamble: '', parties, domains: [], clauses };
}

/**
 * Two states of one clause compared as a compare view shows them (word
 * redline of text and heading, tag and material changes). A null state is
 * the clause absent from the text.
 */
export function compareClauseStates(
  clauseId: string,
  before: ClauseState | null,
  after: ClauseState | null,
  parties: Party[],
): ClauseComparison | null {
  const result = compareTreaties(oneClause(clauseId, before, parties), oneClause(clauseId, after, parties));
  return result.clauses[0] ?? null;
}
