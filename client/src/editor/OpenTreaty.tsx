import type { MeJSON } from '@pactum/shared';
import { useEffect, useState } from 'react';
import { CollabSession } from '../collab/CollabSession.ts';
import { participantOf } from '../collab/participant.ts';
import type { TreatyView } from '../router/route.ts';
import { EditorBody } from './EditorBody.tsx';
import { TreatyHeader } from './TreatyHeader.tsx';

interface OpenTreatyProps {
  treatyId: string;
  view: TreatyView;
  me: MeJSON;
}

/** The treaty's live session, with you in its awareness as your membership says. */
export function OpenTreaty({ treatyId, view, me }: OpenTreatyProps) {
  const [session, setSession] = useState<CollabSession | null>(null);

  useEffect(() => {
    const created = new CollabSession(treatyId);
    setSession(created);
    return () => created.destroy();
  }, [treatyId]);

  useEffect(() => {
    session?.awareness.setLocalStateField('user', participantOf(me));
  }, [session, me]);

  return (
    <>
      <TreatyHeader session={session} me={me} />
      {session && (
        <main className="editor-page">
          <EditorBody session={session} view={view} />
        </main>
      )}
    </>
  );
}
