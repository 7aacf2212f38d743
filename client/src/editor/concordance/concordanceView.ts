import { type ClauseConcordance, ConcordanceStatus, languageName } from '@pactum/shared';

/** Each concordance status in one or two words, wherever it is shown. */
export const CONCORDANCE_WORDS: Record<ConcordanceStatus, string> = {
  [ConcordanceStatus.concordant]: 'Concordant',
  [ConcordanceStatus.outdated]: 'Outdated',
  [ConcordanceStatus.incomplete]: 'Incomplete',
  [ConcordanceStatus.unconfirmed]: 'Not confirmed',
};

/** What the concordance beside an article shows; `key` changes exactly when the drawing would. */
export interface ConcordanceView {
  key: string;
  status: ConcordanceStatus;
  /** One or two words: the badge. */
  short: string;
  /** A sentence: what stands, since when, who confirmed. */
  detail: string;
  /** Languages whose text changed since the confirmation: their change can be shown. */
  changed: string[];
  /** Whether this reader may confirm, and whether there is something to confirm. */
  confirmable: boolean;
}

const names = (codes: readonly string[]) => codes.map((code) => languageName(code)).join(' and ');
const day = (at: string) =>
  new Date(at).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/** The concordance of an article as the reader sees it; `mayConfirm`: a drafter or chair of a party. */
export function concordanceView(concordance: ClauseConcordance, mayConfirm: boolean): ConcordanceView {
  const { status, changed, empty, confirmed } = concordance;
  const by = confirmed && `${confirmed.by.name} (${confirmed.by.delegation}) on ${day(confirmed.at)}`;
  let detail: string;
  if (status === ConcordanceStatus.incomplete) detail = `No ${names(empty)} text yet`;
  else if (status === ConcordanceStatus.unconfirmed)
    detail = 'Nobody has confirmed that the texts say the same';
  else if (status === ConcordanceStatus.outdated)
    detail = `${names(changed)} ${changed.length > 1 ? 'texts' : 'text'} changed since confirmed${by ? ` by ${by}` : ''}`;
  else detail = by ? `Confirmed by ${by}` : 'One language: nothing to compare';
  const confirmable =
    mayConfirm && (status === ConcordanceStatus.outdated || status === ConcordanceStatus.unconfirmed);
  const shown = status === ConcordanceStatus.outdated ? changed : [];
  return {
    key: [status, detail, shown.join(','), confirmable].join('|'),
    status,
    short: CONCORDANCE_WORDS[status],
    detail,
    changed: shown,
    confirmable,
  };
}
