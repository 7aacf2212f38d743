import type { ClauseStatus } from '@pactum/shared';
import { useTranslation } from 'react-i18next';
import { statusLabel } from './statusText.ts';

/** The status of a clause, in the words of the workflow ("agreed ad referendum"). */
export function StatusBadge({ status }: { status: ClauseStatus }) {
  useTranslation('agreement');
  return (
    <span className="status-badge" data-status={status} data-testid="clause-status">
      {statusLabel(status)}
    </span>
  );
}
