import { canonicalJSON, clauseStateInLanguage, type HistoryState } from '@pactum/shared';

type Recorded = Omit<HistoryState, 'lang'> & { lang?: string };

/**
 * A clause's history read in `lang`: each state with its heading and text
 * there, leaving out those that changed nothing in it (an edit of another
 * language only), so every entry is a change a reader of `lang` can see.
 */
export function historyInLanguage(states: readonly Recorded[], lang: string): HistoryState[] {
  const kept: HistoryState[] = [];
  let last: string | null = null;
  for (const state of states) {
    const read = clauseStateInLanguage(state, lang) as HistoryState;
    const { number, heading, text, body, domains, threshold, commitments } = read;
    const seen = canonicalJSON({
      number,
      heading,
      text,
      body,
      domains,
      threshold,
      commitments,
      removed: read.removed,
    });
    if (seen === last) continue;
    last = seen;
    kept.push(read);
  }
  return kept;
}
