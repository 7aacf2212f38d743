import { useTranslation } from 'react-i18next';
import type { CollabSession } from '../collab/CollabSession.ts';
import { closeReasonText } from '../collab/closeReason.ts';
import { useSessionState } from '../collab/useSessionState.ts';
import { Link } from '../router/Link.tsx';

/** Shown when the server has refused this treaty for good. */
export function ClosedNotice({ session }: { session: CollabSession }) {
  const { t } = useTranslation('editor');
  const closed = useSessionState(session, 'closed');
  if (!closed) return null;
  return (
    <div className="notice notice-error" role="alert" data-testid="closed-notice">
      <p>{closeReasonText(closed.code)}</p>
      <Link to="/">{t('backToList')}</Link>
    </div>
  );
}
