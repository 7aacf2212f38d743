import { type AgreementOverview, ClauseStatus, CONCORDANCE_STATUSES } from '@pactum/shared';
import { useTranslation } from 'react-i18next';
import { ConcordanceBadge } from './ConcordanceBadge.tsx';
import { StatusBadge } from './StatusBadge.tsx';

const ORDER: ClauseStatus[] = [
  ClauseStatus.agreed,
  ClauseStatus.agreedAdReferendum,
  ClauseStatus.bracketed,
  ClauseStatus.draft,
];

interface StatusCountsProps {
  overview: AgreementOverview;
  multilingual: boolean;
}

/** How many articles stand at each status, and, with several languages, at each concordance status. */
export function StatusCounts({ overview, multilingual }: StatusCountsProps) {
  const { t } = useTranslation('agreement');
  return (
    <>
      <ul className="status-counts" aria-label={t('counts.byStatus')}>
        {ORDER.map((status) => (
          <li key={status} data-testid="status-count" data-status={status}>
            <span className="status-count-number">{overview.counts[status]}</span>
            <StatusBadge status={status} />
          </li>
        ))}
      </ul>
      {multilingual && (
        <ul className="status-counts" aria-label={t('counts.byConcordance')}>
          {CONCORDANCE_STATUSES.map((status) => (
            <li key={status} data-testid="concordance-count" data-status={status}>
              <span className="status-count-number">{overview.concordance[status]}</span>
              <ConcordanceBadge concordance={{ status, changed: [], empty: [] }} />
            </li>
          ))}
          {overview.awaitingConcordance.length > 0 && (
            <li className="agreement-awaiting" data-testid="awaiting-concordance-count">
              {t('counts.awaiting', { count: overview.awaitingConcordance.length })}
            </li>
          )}
        </ul>
      )}
    </>
  );
}
