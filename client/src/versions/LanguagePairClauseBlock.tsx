import type { LanguagePairClause, LanguageSide } from '@pactum/shared';
import { memo } from 'react';
import { CONCORDANCE_WORDS } from '../editor/concordance/concordanceView.ts';
import { englishLanguageName } from '../editor/languageLabel.ts';
import { formatWhen } from '../lib/formatWhen.ts';
import { Redline } from './Redline.tsx';

interface LanguagePairClauseBlockProps {
  clause: LanguagePairClause;
  left: string;
  right: string;
  onHistory?: (clauseId: string) => void;
}

/** Why an article is not concordant, in a sentence. */
function statusNote(clause: LanguagePairClause): string | null {
  const names = (langs: string[]) => langs.map(englishLanguageName).join(' and ');
  const confirmed = clause.confirmed;
  const by = confirmed
    ? ` (confirmed by ${confirmed.by.name}, ${confirmed.by.delegation}, ${formatWhen(confirmed.at)})`
    : '';
  if (clause.status === 'incomplete') return `No text yet in ${names(clause.empty)}.`;
  if (clause.status === 'outdated')
    return `${names(clause.changed)} changed since the texts were confirmed concordant${by}.`;
  if (clause.status === 'unconfirmed') return 'Nobody has confirmed these texts concordant yet.';
  return confirmed
    ? `Confirmed concordant by ${confirmed.by.name}, ${confirmed.by.delegation}, ${formatWhen(confirmed.at)}.`
    : null;
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
  return (
    <div className={`compare-column is-${position}`} lang={lang}>
      <h4>
        {side.label}
        {side.heading ? ` · ${side.heading}` : ''}
      </h4>
      {side.sinceConfirmed ? (
        <>
          <Redline segments={side.sinceConfirmed.text} />
          <p className="compare-note" lang="en">
            Changes since the confirmed text.
          </p>
        </>
      ) : side.text.trim() === '' ? (
        <p className="compare-note" lang="en">
          No text in this language yet.
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
          {CONCORDANCE_WORDS[clause.status]}
        </span>
        {onHistory && (
          <button
            type="button"
            className="link-button compare-history"
            onClick={() => onHistory(clause.clauseId)}
          >
            History
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
