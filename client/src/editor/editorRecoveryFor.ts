import type { CollabSession } from '../collab/CollabSession.ts';
import { EditorRecovery } from './EditorRecovery.ts';

const recoveries = new WeakMap<CollabSession, EditorRecovery>();

/** The recovery record of an open treaty's editor, shared by the editor hook and its notice. */
export function editorRecoveryFor(session: CollabSession): EditorRecovery {
  let recovery = recoveries.get(session);
  if (!recovery) {
    recovery = new EditorRecovery();
    recoveries.set(session, recovery);
  }
  return recovery;
}
