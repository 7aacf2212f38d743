import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollabSession } from '../collab/CollabSession.ts';
import { useSessionState } from '../collab/useSessionState.ts';
import { editorRecoveryFor } from './editorRecoveryFor.ts';

/**
 * Tells the user that the editor was rebuilt after a remote change failed, or
 * that it stopped trying. Fixed to the bottom of the window, so it is seen
 * wherever the user is in the text; the live region is always there, so the
 * message is announced when it appears.
 */
export function EditorRecoveryNotice({ session }: { session: CollabSession }) {
  const { t } = useTranslation('editor');
  const recovery = editorRecoveryFor(session);
  const { status } = useSyncExternalStore(recovery.subscribe, recovery.getState);
  // Edits not yet stored live only in this page: reloading before "Saved" would lose them.
  const saved = useSessionState(session, 'saved');
  return (
    <div className="recovery-notices" role="status" data-testid="editor-recovery">
      {status === 'reloaded' && (
        <div className="recovery-notice">
          <p>{t('recovery.reloaded')}</p>
          <button type="button" className="button-small" onClick={() => recovery.dismiss()}>
            {t('recovery.dismiss')}
          </button>
        </div>
      )}
      {status === 'stopped' && (
        <div className="recovery-notice is-stopped" role="alert">
          <p>{t('recovery.stopped')}</p>
          <button
            type="button"
            className="button-small button-accent"
            disabled={!saved}
            onClick={() => window.location.reload()}
          >
            {saved ? t('recovery.reload') : t('recovery.saving')}
          </button>
        </div>
      )}
    </div>
  );
}
