import { type AgreementOverview, ClauseStatus, CONCORDANCE_STATUSES } from '@pactum/shared';
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
  return (
    <>
      <ul className="status-counts" aria-label="Articles by status">
        {ORDER.map((status) => (
          <li key={status} data-testid="status-count" data-status={status}>
            <span className="status-count-number">{overview.counts[status]}</span>
            <StatusBadge status={status} />
          </li>
        ))}
      </ul>
      {multilingual && (
        <ul className="status-counts" aria-label="Articles by concordance of their language texts">
          {CONCORDANCE_STATUSES.map((status) => (
            <li key={status} data-testid="concordance-count" data-status={status}>
              <span className="status-count-number">{overview.concordance[status]}</span>
              <ConcordanceBadge concordance={{ status, changed: [], empty: [] }} />
            </li>
          ))}
          {overview.awaitingConcordance.length > 0 && (
            <li className="agreement-awaiting" data-testid="awaiting-concordance-count">
              {overview.awaitingConcordance.length} signed by every party but awaiting concordant texts
            </li>
          )}
        </ul>
      )}
    </>
  );
}
