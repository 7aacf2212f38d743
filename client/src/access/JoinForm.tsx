import { type InvitePreviewJSON, MAX_DISPLAY_NAME, ROLE_LABEL } from '@pactum/shared';
import { type FormEvent, useId, useState } from 'react';
import { formatWhen } from '../lib/formatWhen.ts';
import { navigate, treatyPath } from '../router/route.ts';
import { acceptInvite } from './accessApi.ts';
import { ROLE_DESCRIPTION } from './roleDescription.ts';

interface JoinFormProps {
  token: string;
  invite: InvitePreviewJSON;
}

/** Accepting an invite: one name, then straight into the treaty. */
export function JoinForm({ token, invite }: JoinFormProps) {
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError('Enter the name the other delegations will see.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const { treatyId } = await acceptInvite(token, name.trim());
      navigate(treatyPath(treatyId));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setBusy(false);
    }
  };

  return (
    <section className="access-card" aria-labelledby={`${id}-title`} data-testid="invite">
      <p className="access-kicker">Invitation to join</p>
      <h1 id={`${id}-title`}>{invite.treatyTitle || 'Untitled treaty'}</h1>
      <dl className="invite-facts">
        <div>
          <dt>Delegation</dt>
          <dd data-testid="invite-delegation">{invite.delegation}</dd>
        </div>
        <div>
          <dt>Role</dt>
          <dd data-testid="invite-role">
            <span className={`role-badge is-${invite.role}`}>{ROLE_LABEL[invite.role]}</span>
            <span className="invite-role-note">{ROLE_DESCRIPTION[invite.role]}</span>
          </dd>
        </div>
        <div>
          <dt>Link expires</dt>
          <dd>{formatWhen(invite.expiresAt)}</dd>
        </div>
      </dl>
      <form className="join-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-name`}>Display name</label>
          <input
            id={`${id}-name`}
            value={name}
            maxLength={MAX_DISPLAY_NAME}
            autoComplete="name"
            placeholder="e.g. Olena Kovalenko"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : `${id}-hint`}
            onChange={(event) => setName(event.target.value)}
          />
          <p id={`${id}-hint`} className="field-hint">
            Shown to the other delegations next to your cursor and in the treaty’s audit log.
          </p>
        </div>
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? 'Joining…' : 'Join'}
        </button>
      </form>
      {error && (
        <p id={`${id}-error`} className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
