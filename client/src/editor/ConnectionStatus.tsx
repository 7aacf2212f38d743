import { useTranslation } from 'react-i18next';
import type { CollabSession, ConnectionState } from '../collab/CollabSession.ts';
import { useSessionState } from '../collab/useSessionState.ts';

export function ConnectionStatus({ session }: { session: CollabSession }) {
  const { t } = useTranslation('editor');
  const connection = useSessionState(session, 'connection');
  const closed = useSessionState(session, 'closed');
  // A refused treaty is never retried, so it must not look like it is still connecting.
  const state: ConnectionState = closed ? 'disconnected' : connection;
  // Not a live region: a lost or restored connection is said once by the app's announcer (SessionAnnouncements).
  return (
    <span className={`status status-${state}`} data-testid="connection-status">
      {t(`connection.${state}`)}
    </span>
  );
}
