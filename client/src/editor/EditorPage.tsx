import { useEffect, useState } from 'react';
import { CollabSession } from '../collab/CollabSession.ts';
import { useSessionState } from '../collab/useSessionState.ts';
import type { Participant } from '../identity/identityStore.ts';
import { Link } from '../router/Link.tsx';
import type { TreatyView } from '../router/route.ts';
import { AppHeader } from '../shell/AppHeader.tsx';
import { ClosedNotice } from './ClosedNotice.tsx';
import { ConnectionStatus } from './ConnectionStatus.tsx';
import { LiveTitle } from './LiveTitle.tsx';
import { Presence } from './Presence.tsx';
import { SaveStatus } from './SaveStatus.tsx';
import { TreatyWorkspace } from './TreatyWorkspace.tsx';

interface EditorPageProps {
  treatyId: string;
  view: TreatyView;
  user: Participant;
}

export function EditorPage({ treatyId, view, user }: EditorPageProps) {
  const [session, setSession] = useState<CollabSession | null>(null);

  useEffect(() => {
    const created = new CollabSession(treatyId);
    setSession(created);
    return () => created.destroy();
  }, [treatyId]);

  const { name, delegation, color } = user;
  useEffect(() => {
    session?.awareness.setLocalStateField('user', { name, delegation, color });
  }, [session, name, delegation, color]);

  return (
    <>
      <AppHeader showIdentity={!session}>
        <Link to="/" className="back-link">
          ← Treaties
        </Link>
        {session && <LiveTitle session={session} />}
        {session && <Presence awareness={session.awareness} />}
      </AppHeader>
      {session && (
        <main className="editor-page">
          <EditorBody session={session} user={user} view={view} />
        </main>
      )}
    </>
  );
}

/** Waits for the first sync: an editor on an empty doc would write a blank treaty over the real one. */
function EditorBody({
  session,
  user,
  view,
}: {
  session: CollabSession;
  user: Participant;
  view: TreatyView;
}) {
  const loaded = useSessionState(session, 'loaded');
  const closed = useSessionState(session, 'closed');
  const connection = useSessionState(session, 'connection');
  const statuses = (
    <div className="editor-statuses">
      {loaded && <SaveStatus session={session} />}
      <ConnectionStatus session={session} />
    </div>
  );
  if (loaded) {
    return (
      <>
        <ClosedNotice session={session} />
        <TreatyWorkspace session={session} user={user} view={view} aside={statuses} />
      </>
    );
  }
  return (
    <>
      <div className="editor-bar">{statuses}</div>
      <ClosedNotice session={session} />
      {!closed && (
        <p className="loading" aria-live="polite">
          {connection === 'disconnected' ? 'Cannot reach the server. Retrying…' : 'Opening the treaty…'}
        </p>
      )}
    </>
  );
}
