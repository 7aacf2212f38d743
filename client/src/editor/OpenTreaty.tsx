import type { MeJSON } from '@pactum/shared';
import { useEffect, useState } from 'react';
import { CollabSession } from '../collab/CollabSession.ts';
import { participantOf } from '../collab/participant.ts';
import type { TreatyView } from '../router/route.ts';
import { EditorBody } from './EditorBody.tsx';
import { StaleCopyNotice } from './StaleCopyNotice.tsx';
import { TreatyHeader } from './TreatyHeader.tsx';

interface OpenTreatyProps {
  treatyId: string;
  view: TreatyView;
  me: MeJSON;
}

/**
 * The treaty's live session, with you in its awareness as your membership
 * says; a member's is kept on this device under the document's epoch.
 */
export function OpenTreaty({ treatyId, view, me }: OpenTreatyProps) {
  const [session, setSession] = useState<CollabSession | null>(null);
  const { epoch } = me;
  const memberId = me.member?.id ?? null;

  useEffect(() => {
    const created = new CollabSession(treatyId, { epoch, memberId });
    setSession(created);
    return () => created.destroy();
  }, [treatyId, epoch, memberId]);

  useEffect(() => {
    session?.awareness.setLocalStateField('user', participantOf(me));
  }, [session, me]);

  return (
    <>
      <TreatyHeader session={session} me={me} />
      {session && (
        <main className="editor-page">
          {memberId && <StaleCopyNotice treatyId={treatyId} current={{ treatyId, epoch, memberId }} />}
          <EditorBody session={session} view={view} />
        </main>
      )}
    </>
  );
}
