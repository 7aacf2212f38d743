import { type ClauseConcordance, ConcordanceStatus } from '@pactum/shared';
import { i18next } from '../../i18n/i18n.ts';
import { formatList } from '../../lib/formatList.ts';
import { interfaceLanguageName } from '../languageLabel.ts';

/** Each concordance status in one or two words, in the interface language, wherever it is shown. */
export function concordanceWord(status: ConcordanceStatus): string {
  return i18next.t(`editor:concordance.status.${status}`);
}

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

const names = (codes: readonly string[]) => formatList(codes.map(interfaceLanguageName));

/** "6 Dec 2026" / "6 груд. 2026 р." / "6 déc. 2026": the day alone, in the interface language. */
function day(at: string): string {
  const language = i18next.language || 'en';
  // English as it always read here: the day before the month.
  const locale = language === 'en' ? 'en-GB' : language;
  return new Date(at).toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** The concordance of an article as the reader sees it; `mayConfirm`: a drafter or chair of a party. */
export function concordanceView(concordance: ClauseConcordance, mayConfirm: boolean): ConcordanceView {
  const { status, changed, empty, confirmed } = concordance;
  const t = i18next.t;
  const by = confirmed && {
    name: confirmed.by.name,
    delegation: confirmed.by.delegation,
    date: day(confirmed.at),
  };
  let detail: string;
  if (status === ConcordanceStatus.incomplete)
    detail = t('editor:concordance.incomplete', { languages: names(empty) });
  else if (status === ConcordanceStatus.unconfirmed) detail = t('editor:concordance.unconfirmed');
  else if (status === ConcordanceStatus.outdated) {
    const languages = { languages: names(changed), count: changed.length };
    detail = by
      ? t('editor:concordance.outdatedBy', { ...languages, ...by })
      : t('editor:concordance.outdated', languages);
  } else detail = by ? t('editor:concordance.confirmedBy', by) : t('editor:concordance.oneLanguage');
  const confirmable =
    mayConfirm && (status === ConcordanceStatus.outdated || status === ConcordanceStatus.unconfirmed);
  const shown = status === ConcordanceStatus.outdated ? changed : [];
  return {
    // The language too: the strip's other words (its buttons) are in it.
    key: [status, detail, shown.join(','), confirmable, i18next.language].join('|'),
    status,
    short: concordanceWord(status),
    detail,
    changed: shown,
    confirmable,
  };
}
