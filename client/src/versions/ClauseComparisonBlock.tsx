import type { ClauseComparison } from '@pactum/shared';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { ClauseTextDiff, type RedlineMode } from './ClauseTextDiff.tsx';
import { clauseTitle, isChange, materialText, positionNote, statusLabel } from './comparisonWording.ts';
import { Redline } from './Redline.tsx';
import { TagChangeList } from './TagChangeList.tsx';

interface ClauseComparisonBlockProps {
  clause: ClauseComparison;
  mode: RedlineMode;
  sides: { before: string; after: string };
  domainLabel: (key: string) => string;
  /** Opens the article's history; absent where the history is already shown. */
  onHistory?: (clauseId: string) => void;
}

/**
 * One article in a compare: a one-line summary when only its number changed
 * (or nothing did), otherwise its redline, tag changes and material changes.
 */
export const ClauseComparisonBlock = memo(function ClauseComparisonBlock({
  clause,
  mode,
  sides,
  domainLabel,
  onHistory,
}: ClauseComparisonBlockProps) {
  const { t } = useTranslation('versions');
  const expanded = isChange(clause);
  const { label, heading } = clauseTitle(clause);
  const note = positionNote(clause);
  const material = clause.material.length > 0;
  const classes = ['compare-clause', `is-${clause.status}`, expanded ? 'is-expanded' : 'is-collapsed'];
  if (material) classes.push('is-material');

  return (
    <li
      className={classes.join(' ')}
      data-testid="compare-clause"
      data-status={clause.status}
      data-clause-id={clause.clauseId}
      tabIndex={-1}
    >
      <div className="compare-clause-head">
        <span className="compare-article">{label}</span>
        <span className="compare-heading">
          {clause.heading ? <Redline segments={clause.heading} as="span" className="redline" /> : heading}
        </span>
        {clause.status !== 'renumbered' && (
          <span className={`status-badge is-${clause.status}`}>{statusLabel(clause.status)}</span>
        )}
        {note && <span className="position-note">{note}</span>}
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
      {material && (
        <ul className="material-list">
          {clause.material.map((change) => (
            <li key={`${change.kind}:${change.description}`} className="material-badge">
              <span aria-hidden="true">⚠ </span>
              <span className="visually-hidden">{t('clause.materialChange')}</span>
              {materialText(change, domainLabel)}
            </li>
          ))}
        </ul>
      )}
      {expanded && (
        <div className="compare-clause-body">
          <ClauseTextDiff clause={clause} mode={mode} sides={sides} />
          {clause.tags && <TagChangeList changes={clause.tags} domainLabel={domainLabel} />}
        </div>
      )}
    </li>
  );
});
