import { type LanguagePairClause, type LanguageSide, languageName } from '@pactum/shared';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { concordanceWord } from '../editor/concordance/concordanceView.ts';
import { i18next } from '../i18n/i18n.ts';
import { formatList } from '../lib/formatList.ts';
import { formatWhen } from '../lib/formatWhen.ts';
import { Redline } from './Redline.tsx';

interface LanguagePairClauseBlockProps {
  clause: LanguagePairClause;
  left: string;
  right: string;
  onHistory?: (clauseId: string) => void;
}

/** Why an article is not concordant, in a sentence of the interface language. */
function statusNote(clause: LanguagePairClause): string | null {
  const t = i18next.t;
  const names = (langs: string[]) =>
    formatList(langs.map((code) => languageName(code, i18next.language || 'en')));
  const confirmed = clause.confirmed;
  const by = confirmed && {
    name: confirmed.by.name,
    delegation: confirmed.by.delegation,
    when: formatWhen(confirmed.at),
  };
  if (clause.status === 'incomplete')
    return t('versions:languages.incomplete', { languages: names(clause.empty) });
  if (clause.status === 'outdated') {
    const languages = names(clause.changed);
    return by
      ? t('versions:languages.outdatedBy', { languages, ...by })
      : t('versions:languages.outdated', { languages });
  }
  if (clause.status === 'unconfirmed') return t('versions:languages.unconfirmed');
  return by ? t('versions:languages.confirmedBy', by) : null;
}

function Column({
  side,
  lang,
  position,
}: {
  side: LanguageSide;
  lang: string;
  position: 'before' | 'after';
}) {
  const { t, i18n } = useTranslation('versions');
  return (
    <div className={`compare-column is-${position}`} lang={lang}>
      <h4>
        {side.label}
        {side.heading ? ` · ${side.heading}` : ''}
      </h4>
      {side.sinceConfirmed ? (
        <>
          <Redline segments={side.sinceConfirmed.text} />
          <p className="compare-note" lang={i18n.language}>
            {t('languages.sinceConfirmed')}
          </p>
        </>
      ) : side.text.trim() === '' ? (
        <p className="compare-note" lang={i18n.language}>
          {t('languages.noText')}
        </p>
      ) : (
        <Redline segments={[{ op: 'equal', text: side.text }]} />
      )}
    </div>
  );
}

/** One article in two languages, side by side, with its concordance status and why. */
export const LanguagePairClauseBlock = memo(function LanguagePairClauseBlock({
  clause,
  left,
  right,
  onHistory,
}: LanguagePairClauseBlockProps) {
  const { t } = useTranslation('versions');
  const note = statusNote(clause);
  return (
    <li
      className={`compare-clause language-pair is-expanded is-${clause.status}`}
      data-testid="language-pair-clause"
      data-status={clause.status}
      data-clause-id={clause.clauseId}
      tabIndex={-1}
    >
      <div className="compare-clause-head">
        <span className="compare-article">{clause.left.label}</span>
        <span className="compare-heading">{clause.left.heading || clause.right.heading}</span>
        <span className="concordance-badge" data-status={clause.status}>
          {concordanceWord(clause.status)}
        </span>
        {onHistory && (
          <button
            type="button"
            className="link-button compare-history"
            onClick={() => onHistory(clause.clauseId)}
          >
            {t('historyButton')}
          </button>
        )}
      </div>
      {note && <p className="language-pair-note">{note}</p>}
      <div className="compare-clause-body">
        <div className="compare-columns">
          <Column side={clause.left} lang={left} position="before" />
          <Column side={clause.right} lang={right} position="after" />
        </div>
      </div>
    </li>
  );
});
