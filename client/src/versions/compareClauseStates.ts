import {
  type ClauseComparison,
  type ClauseJSON,
  type ClauseState,
  clauseLabel,
  compareTreaties,
  type Party,
  type TreatyJSON,
} from '@pactum/shared';

function oneClause(clauseId: string, state: ClauseState | null, lang: string, parties: Party[]): TreatyJSON {
  const clauses: ClauseJSON[] = state
    ? [{ ...state, clauseId, label: clauseLabel(state.number, lang), lang, texts: state.texts ?? {} }]
    : [];
  const languages = [lang];
  return {
    languages,
    lang,
    title: '',
    preamble: '',
    titles: {},
    preambles: {},
    parties,
    domains: [],
    clauses,
  };
}

/**
 * Two states of one clause compared as a compare view shows them (word
 * redline of text and heading, tag and material changes), both read in
 * `lang` (their `heading` and `text` are in it). A null state is the clause
 * absent from the text.
 */
export function compareClauseStates(
  clauseId: string,
  before: ClauseState | null,
  after: ClauseState | null,
  parties: Party[],
  lang: string,
): ClauseComparison | null {
  const result = compareTreaties(
    oneClause(clauseId, before, lang, parties),
    oneClause(clauseId, after, lang, parties),
  );
  return result.clauses[0] ?? null;
}
