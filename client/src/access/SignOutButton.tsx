import { useEffect, useId, useRef, useState } from 'react';
import { forgetLocalCopies } from '../collab/forgetLocalCopies.ts';
import { useFocusTrap } from '../lib/useFocusTrap.ts';
import { signOut } from './accessApi.ts';

/** Ends this browser's session on the server, after saying what that means. */
export function SignOutButton() {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button type="button" className="button-quiet" onClick={() => setAsking(true)}>
        Sign out
      </button>
      {asking && <ConfirmSignOut onCancel={() => setAsking(false)} />}
    </>
  );
}

function ConfirmSignOut({ onCancel }: { onCancel: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  // Escape cancels; focus goes back to the button that asked.
  useFocusTrap(dialog, { onEscape: onCancel });

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await signOut();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setBusy(false);
      return;
    }
    await forgetLocalCopies().catch((failure: unknown) => console.warn(failure));
    // A fresh load: nothing of the treaties stays in this page's memory.
    window.location.assign('/');
  };

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
      <h2 id={`${id}-title`}>Sign out of Pactum?</h2>
      <p id={`${id}-body`}>
        This browser loses access to all your treaties, and the copies kept on this device are deleted. To
        come back you will need a new invite link from your chair.
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button-quiet" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
        <button type="button" className="button-primary" onClick={confirm} disabled={busy}>
          {busy ? 'Signing out…' : 'Sign out'}
        </button>
      </div>
    </dialog>
  );
}
