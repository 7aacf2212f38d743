import type { CollabSession } from '../collab/CollabSession.ts';
import { useSessionState } from '../collab/useSessionState.ts';
import { useTreatyTitle } from './useTreatyTitle.ts';

export function LiveTitle({ session }: { session: CollabSession }) {
  const title = useTreatyTitle(session.doc);
  const loaded = useSessionState(session, 'loaded');
  return (
    <span className="header-title" title={title}>
      {loaded && (title || 'Untitled treaty')}
    </span>
  );
}
