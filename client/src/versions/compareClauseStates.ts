import {
  type ClauseComparison,
  type ClauseJSON,
  type ClauseState,
  clauseLabel,
  compareTreaties,
  DEFAULT_LANGUAGES,
  type Party,
  type TreatyJSON,
} from '@pactum/shared';

/** A state's `heading`, `text` and `body` are in the treaty's first language: the first of its `texts`. */
function languageOf(state: ClauseState | null): string {
  return Object.keys(state?.texts ?? {})[0] ?? (DEFAULT_LANGUAGES[0] as string);
}

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
 * redline of text and heading, tag and material changes), in the treaty's
 * first language. A null state is the clause absent from the text.
 */
export function compareClauseStates(
  clauseId: string,
  before: ClauseState | null,
  after: ClauseState | null,
  parties: Party[],
): ClauseComparison | null {
  const lang = languageOf(after ?? before);
  const result = compareTreaties(
    oneClause(clauseId, before, lang, parties),
    oneClause(clauseId, after, lang, parties),
  );
  return result.clauses[0] ?? null;
}
