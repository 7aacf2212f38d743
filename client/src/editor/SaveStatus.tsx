import type { CollabSession } from '../collab/CollabSession.ts';
import { useSessionState } from '../collab/useSessionState.ts';

export function SaveStatus({ session }: { session: CollabSession }) {
  const saved = useSessionState(session, 'saved');
  const connected = useSessionState(session, 'connection') === 'connected';
  const [text, tone] = saved
    ? ['Saved', 'saved']
    : connected
      ? ['Saving…', 'saving']
      : ['Unsaved changes — will be sent on reconnect', 'unsaved'];
  return (
    <span className={`save-status save-${tone}`} data-testid="save-status" aria-live="polite">
      {text}
    </span>
  );
}
