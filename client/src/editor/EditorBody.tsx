import { Action, roleAllows } from '@pactum/shared';
import { useTranslation } from 'react-i18next';
import { useMe } from '../access/MeContext.tsx';
import type { CollabSession } from '../collab/CollabSession.ts';
import { isAccessRefusal } from '../collab/closeReason.ts';
import { useSessionState } from '../collab/useSessionState.ts';
import type { TreatyView } from '../router/route.ts';
import { ClosedNotice } from './ClosedNotice.tsx';
import { ConnectionStatus } from './ConnectionStatus.tsx';
import { EditorRecoveryNotice } from './EditorRecoveryNotice.tsx';
import { SaveStatus } from './SaveStatus.tsx';
import { TreatyWorkspace } from './TreatyWorkspace.tsx';

/** Waits for the first sync: an editor on an empty doc would write a blank treaty over the real one. */
export function EditorBody({ session, view }: { session: CollabSession; view: TreatyView }) {
  const { t } = useTranslation('editor');
  const loaded = useSessionState(session, 'loaded');
  const closed = useSessionState(session, 'closed');
  const connection = useSessionState(session, 'connection');
  // An observer's edits are never stored, so "Saved" would mean nothing to them.
  const canEdit = roleAllows(useMe().role, Action.edit);
  const statuses = (
    <div className="editor-statuses">
      {loaded && canEdit && <SaveStatus session={session} />}
      <ConnectionStatus session={session} />
    </div>
  );
  if (closed && isAccessRefusal(closed.code)) return <ClosedNotice session={session} />;
  if (loaded) {
    return (
      <>
        <ClosedNotice session={session} />
        <TreatyWorkspace session={session} view={view} aside={statuses} />
        <EditorRecoveryNotice session={session} />
      </>
    );
  }
  return (
    <>
      <div className="editor-bar">{statuses}</div>
      <ClosedNotice session={session} />
      {!closed && (
        <p className="loading" aria-live="polite">
          {connection === 'disconnected' ? t('unreachable') : t('opening')}
        </p>
      )}
    </>
  );
}
