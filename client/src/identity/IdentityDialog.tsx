import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { delegationColor } from '@pactum/shared';
import { type Identity, MAX_NAME_LENGTH, saveIdentity } from './identityStore.ts';

const DELEGATIONS = [
  'Ukraine',
  'France',
  'Germany',
  'United Kingdom',
  'Poland',
  'Italy',
  'Spain',
  'Netherlands',
  'Sweden',
  'United States',
  'Canada',
  'Japan',
  'European Union',
  'Secretariat',
];

interface IdentityDialogProps {
  initial: Identity | null;
  /** Absent on first visit: a name is needed before anyone can edit. */
  onCancel?: () => void;
}

export function IdentityDialog({ initial, onCancel }: IdentityDialogProps) {
  const [name, setName] = useState(initial?.name ?? '');
  const [delegation, setDelegation] = useState(initial?.delegation ?? '');
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = useId();

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim() || !delegation.trim()) return;
    saveIdentity({ name, delegation });
    onCancel?.();
  };

  return (
    <dialog
      ref={dialog}
      className="identity-dialog"
      aria-labelledby={`${ids}-title`}
      onCancel={(event) => (onCancel ? onCancel() : event.preventDefault())}
    >
      <form onSubmit={submit}>
        <h2 id={`${ids}-title`}>{initial ? 'Change your identity' : 'Who is drafting?'}</h2>
        <p className="dialog-hint">Shown to the other delegates next to your cursor.</p>
        <label htmlFor={`${ids}-name`}>Display name</label>
        <input
          id={`${ids}-name`}
          value={name}
          maxLength={MAX_NAME_LENGTH}
          autoComplete="name"
          required
          onChange={(event) => setName(event.target.value)}
        />
        <label htmlFor={`${ids}-delegation`}>Delegation</label>
        <div className="delegation-field">
          {delegation.trim() && (
            <span
              className="color-dot"
              style={{ backgroundColor: delegationColor(delegation) }}
              aria-hidden="true"
            />
          )}
          <input
            id={`${ids}-delegation`}
            list={`${ids}-delegations`}
            value={delegation}
            maxLength={MAX_NAME_LENGTH}
            required
            onChange={(event) => setDelegation(event.target.value)}
          />
        </div>
        <datalist id={`${ids}-delegations`}>
          {DELEGATIONS.map((option) => (
            <option key={option} value={option} />
          ))}
        </datalist>
        <div className="dialog-actions">
          {onCancel && (
            <button type="button" className="button-quiet" onClick={onCancel}>
              Cancel
            </button>
          )}
          <button type="submit" className="button-primary">
            {initial ? 'Save' : 'Continue'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
