import { type CreatedInviteJSON, ROLE_LABEL, ROLES, type Role } from '@pactum/shared';
import { type FormEvent, useId, useState } from 'react';
import { createInvite } from './accessApi.ts';
import { CreatedInviteLink } from './CreatedInviteLink.tsx';
import { ROLE_DESCRIPTION } from './roleDescription.ts';

const WEEK_HOURS = 24 * 7;

/** "" means no value: the server's default (a week). */
function optionalNumber(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text);
}

/** The chair's form for a new invite link: for one delegation, in one role. */
export function InviteForm({ treatyId, onCreated }: { treatyId: string; onCreated: () => void }) {
  const [delegation, setDelegation] = useState('');
  const [role, setRole] = useState<Role>('drafter');
  // One person per link unless the chair asks for more: a leaked link cannot let a crowd in.
  const [maxUses, setMaxUses] = useState('1');
  const [hours, setHours] = useState(String(WEEK_HOURS));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedInviteJSON | null>(null);
  const id = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const uses = optionalNumber(maxUses) ?? 1;
      const expiresInHours = optionalNumber(hours);
      setCreated(
        await createInvite(treatyId, {
          delegation: delegation.trim(),
          role,
          maxUses: uses,
          ...(expiresInHours === undefined ? {} : { expiresInHours }),
        }),
      );
      setDelegation('');
      onCreated();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="access-section invite-form" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Invite a delegation</h2>
      <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
        <div className="invite-form-fields">
          <div className="field">
            <label htmlFor={`${id}-delegation`}>Delegation code</label>
            <input
              id={`${id}-delegation`}
              value={delegation}
              maxLength={12}
              placeholder="e.g. UA"
              spellCheck={false}
              autoCapitalize="characters"
              onChange={(event) => setDelegation(event.target.value.toUpperCase())}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-role`}>Role</label>
            <select
              id={`${id}-role`}
              value={role}
              aria-describedby={`${id}-role-hint`}
              onChange={(event) => setRole(event.target.value as Role)}
            >
              {ROLES.map((option) => (
                <option key={option} value={option}>
                  {ROLE_LABEL[option]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-uses`}>Max uses</label>
            <input
              id={`${id}-uses`}
              type="number"
              inputMode="numeric"
              min={1}
              max={1000}
              value={maxUses}
              aria-describedby={`${id}-uses-hint`}
              onChange={(event) => setMaxUses(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-hours`}>Expires in hours</label>
            <input
              id={`${id}-hours`}
              type="number"
              inputMode="numeric"
              min={1}
              value={hours}
              onChange={(event) => setHours(event.target.value)}
            />
          </div>
          <button type="submit" className="button-primary" disabled={busy}>
            {busy ? 'Creating…' : 'Create invite link'}
          </button>
        </div>
        <p id={`${id}-role-hint`} className="field-hint">
          {ROLE_LABEL[role]}: {ROLE_DESCRIPTION[role]}
        </p>
        <p id={`${id}-uses-hint`} className="field-hint">
          A link lets one person join unless you raise Max uses; anyone who has it can use it.
        </p>
      </form>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {created && <CreatedInviteLink invite={created} onDismiss={() => setCreated(null)} />}
    </section>
  );
}
