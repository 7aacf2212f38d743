import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { forgetLocalCopies } from '../collab/forgetLocalCopies.ts';
import { useAction } from '../lib/useAction.ts';
import { useFocusTrap } from '../lib/useFocusTrap.ts';
import { signOut } from './accessApi.ts';

/** Ends this browser's session on the server, after saying what that means. */
export function SignOutButton() {
  const [asking, setAsking] = useState(false);
  const { t } = useTranslation(['access', 'common']);
  return (
    <>
      <button type="button" className="button-quiet" onClick={() => setAsking(true)}>
        {t('signOut.button')}
      </button>
      {asking && <ConfirmSignOut onCancel={() => setAsking(false)} />}
    </>
  );
}

function ConfirmSignOut({ onCancel }: { onCancel: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const { busy, error, run } = useAction();
  const { t } = useTranslation(['access', 'common']);
  const id = useId();

  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  // Escape cancels; focus goes back to the button that asked.
  useFocusTrap(dialog, { onEscape: onCancel });

  const confirm = () =>
    run(async () => {
      await signOut();
      await forgetLocalCopies().catch((failure: unknown) => console.warn(failure));
      // A fresh load: nothing of the treaties stays in this page's memory.
      window.location.assign('/');
      // The page is leaving: the dialog stays busy until it has gone.
      await new Promise(() => {});
    });

  return (
    <dialog
      ref={dialog}
      className="modal-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{t('signOut.title')}</h2>
      <p id={`${id}-body`}>{t('signOut.body')}</p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button-quiet" onClick={onCancel} disabled={busy}>
          {t('common:cancel')}
        </button>
        <button type="button" className="button-primary" onClick={confirm} disabled={busy}>
          {busy ? t('signOut.busy') : t('signOut.button')}
        </button>
      </div>
    </dialog>
  );
}
