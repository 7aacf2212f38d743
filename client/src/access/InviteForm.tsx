import { type CreatedInviteJSON, ROLES, type Role } from '@pactum/shared';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../lib/useAction.ts';
import { createInvite } from './accessApi.ts';
import { CreatedInviteLink } from './CreatedInviteLink.tsx';

const WEEK_HOURS = 24 * 7;

/** "" means no value: the server's default (a week). */
function optionalNumber(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text);
}

/** The chair's form for a new invite link: for one delegation, in one role. */
export function InviteForm({ treatyId, onCreated }: { treatyId: string; onCreated: () => void }) {
  const { t } = useTranslation('access');
  const [delegation, setDelegation] = useState('');
  const [role, setRole] = useState<Role>('drafter');
  // One person per link unless the chair asks for more: a leaked link cannot let a crowd in.
  const [maxUses, setMaxUses] = useState('1');
  const [hours, setHours] = useState(String(WEEK_HOURS));
  const { busy, error, run } = useAction();
  const [created, setCreated] = useState<CreatedInviteJSON | null>(null);
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
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
    });
  };

  return (
    <section className="access-section invite-form" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('inviteForm.title')}</h2>
      <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
        <div className="invite-form-fields">
          <div className="field">
            <label htmlFor={`${id}-delegation`}>{t('inviteForm.delegation')}</label>
            <input
              id={`${id}-delegation`}
              value={delegation}
              maxLength={12}
              placeholder={t('inviteForm.delegationPlaceholder')}
              spellCheck={false}
              autoCapitalize="characters"
              onChange={(event) => setDelegation(event.target.value.toUpperCase())}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-role`}>{t('inviteForm.role')}</label>
            <select
              id={`${id}-role`}
              value={role}
              aria-describedby={`${id}-role-hint`}
              onChange={(event) => setRole(event.target.value as Role)}
            >
              {ROLES.map((option) => (
                <option key={option} value={option}>
                  {t(`role.${option}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-uses`}>{t('inviteForm.maxUses')}</label>
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
            <label htmlFor={`${id}-hours`}>{t('inviteForm.hours')}</label>
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
            {busy ? t('inviteForm.busy') : t('inviteForm.submit')}
          </button>
        </div>
        <p id={`${id}-role-hint`} className="field-hint">
          {t('inviteForm.roleHint', { role: t(`role.${role}`), description: t(`roleDescription.${role}`) })}
        </p>
        <p id={`${id}-uses-hint`} className="field-hint">
          {t('inviteForm.usesHint')}
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
