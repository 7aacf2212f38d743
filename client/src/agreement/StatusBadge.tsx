import type { ClauseStatus } from '@pactum/shared';

/** The status of a clause, in the words of the workflow ("agreed ad referendum"). */
export function StatusBadge({ status }: { status: ClauseStatus }) {
  return (
    <span className="status-badge" data-status={status} data-testid="clause-status">
      {status}
    </span>
  );
}
