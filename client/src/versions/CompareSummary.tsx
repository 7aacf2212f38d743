import type { ClauseComparison, TreatyComparison } from '@pactum/shared';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../lib/formatList.ts';
import { clauseTitle, materialText } from './comparisonWording.ts';

interface CompareSummaryProps {
  comparison: TreatyComparison;
  onGoTo: (clauseId: string) => void;
  domainLabel: (key: string) => string;
}

const MATERIAL_SHOWN = 6;

function Count({ n, label }: { n: number; label: string }) {
  return (
    <span className={n > 0 ? 'summary-count has-some' : 'summary-count'}>
      <b>{formatNumber(n)}</b> {label}
    </span>
  );
}

/** Material changes first, then how many articles changed in each way. */
export function CompareSummary({ comparison, onGoTo, domainLabel }: CompareSummaryProps) {
  const { t } = useTranslation('versions');
  const { summary } = comparison;
  const material = comparison.clauses.filter((clause) => clause.material.length > 0);
  const describe = (clause: ClauseComparison) =>
    clause.material.map((change) => materialText(change, domainLabel)).join(t('summary.separator'));

  return (
    <div className="compare-summary" data-testid="compare-summary" aria-live="polite">
      {material.length > 0 && (
        <div className="summary-material">
          <p>
            <span aria-hidden="true">⚠ </span>
            {t('summary.material', { count: material.length })}
          </p>
          <ul>
            {material.slice(0, MATERIAL_SHOWN).map((clause) => (
              <li key={clause.clauseId}>
                <button type="button" className="article-link" onClick={() => onGoTo(clause.clauseId)}>
                  {clauseTitle(clause).label}
                </button>{' '}
                {describe(clause)}
              </li>
            ))}
            {material.length > MATERIAL_SHOWN && (
              <li>{t('summary.more', { count: material.length - MATERIAL_SHOWN })}</li>
            )}
          </ul>
        </div>
      )}
      <p className="summary-counts">
        <Count n={summary.changed} label={t('summary.changed', { count: summary.changed })} />
        <Count n={summary.added} label={t('summary.added', { count: summary.added })} />
        <Count n={summary.removed} label={t('summary.removed', { count: summary.removed })} />
        <Count n={summary.moved} label={t('summary.moved', { count: summary.moved })} />
        <span className="summary-quiet">
          {t('summary.renumbered', { count: summary.renumbered })}
          {' · '}
          {t('summary.unchanged', { count: summary.unchanged })}
        </span>
      </p>
    </div>
  );
}
