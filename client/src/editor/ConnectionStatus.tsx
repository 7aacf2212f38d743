import type { CollabSession, ConnectionState } from '../collab/CollabSession.ts';
import { useSessionState } from '../collab/useSessionState.ts';

const LABEL: Record<ConnectionState, string> = {
  connecting: 'Connecting…',
  connected: 'Live',
  disconnected: 'Offline',
};

export function ConnectionStatus({ session }: { session: CollabSession }) {
  const connection = useSessionState(session, 'connection');
  const closed = useSessionState(session, 'closed');
  // A refused treaty is never retried, so it must not look like it is still connecting.
  const state: ConnectionState = closed ? 'disconnected' : connection;
  return (
    <span className={`status status-${state}`} data-testid="connection-status" role="status">
      {LABEL[state]}
    </span>
  );
}
