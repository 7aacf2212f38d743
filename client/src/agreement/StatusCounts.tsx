import { type AgreementOverview, ClauseStatus } from '@pactum/shared';
import { StatusBadge } from './StatusBadge.tsx';

const ORDER: ClauseStatus[] = [
  ClauseStatus.agreed,
  ClauseStatus.agreedAdReferendum,
  ClauseStatus.bracketed,
  ClauseStatus.draft,
];

/** How many articles stand at each status. */
export function StatusCounts({ overview }: { overview: AgreementOverview }) {
  return (
    <ul className="status-counts" aria-label="Articles by status">
      {ORDER.map((status) => (
        <li key={status} data-testid="status-count" data-status={status}>
          <span className="status-count-number">{overview.counts[status]}</span>
          <StatusBadge status={status} />
        </li>
      ))}
    </ul>
  );
}
