import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { shortcutLabel } from '../editor/shortcutLabel.ts';
import { useFocusTrap } from '../lib/useFocusTrap.ts';

interface ConfirmRestoreProps {
  title: string;
  /** What exactly will change. */
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before a restore, and says what a restore is: a new edit, seen by all, that can be undone. */
export function ConfirmRestore({ title, children, confirmLabel, onConfirm, onCancel }: ConfirmRestoreProps) {
  const { t } = useTranslation(['versions', 'common']);
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();

  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  // Escape cancels; focus goes back to the button that asked.
  useFocusTrap(dialog, { onEscape: onCancel });

  return (
    <dialog
      ref={dialog}
      className="modal-dialog confirm-restore"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <div id={`${id}-body`} className="confirm-restore-body">
        {children}
        <p>{t('restore.whatItIs', { shortcut: shortcutLabel('Mod-z') })}</p>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button-quiet" onClick={onCancel}>
          {t('common:cancel')}
        </button>
        <button type="button" className="button-primary" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
