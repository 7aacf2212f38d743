import { type InvitePreviewJSON, MAX_DISPLAY_NAME } from '@pactum/shared';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatWhen } from '../lib/formatWhen.ts';
import { useAction } from '../lib/useAction.ts';
import { navigate, treatyPath } from '../router/route.ts';
import { acceptInvite } from './accessApi.ts';

interface JoinFormProps {
  token: string;
  invite: InvitePreviewJSON;
}

/** Accepting an invite: one name, then straight into the treaty. */
export function JoinForm({ token, invite }: JoinFormProps) {
  const { t } = useTranslation('access');
  const [name, setName] = useState('');
  const [nameMissing, setNameMissing] = useState(false);
  const join = useAction();
  const error = nameMissing ? t('join.nameMissing') : join.error;
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNameMissing(!name.trim());
    if (!name.trim()) return;
    void join.run(async () => {
      const { treatyId } = await acceptInvite(token, name.trim());
      navigate(treatyPath(treatyId));
    });
  };

  return (
    <section className="access-card" aria-labelledby={`${id}-title`} data-testid="invite">
      <p className="access-kicker">{t('join.kicker')}</p>
      <h1 id={`${id}-title`}>{invite.treatyTitle || t('untitledTreaty')}</h1>
      <dl className="invite-facts">
        <div>
          <dt>{t('join.delegation')}</dt>
          <dd data-testid="invite-delegation">{invite.delegation}</dd>
        </div>
        <div>
          <dt>{t('join.role')}</dt>
          <dd data-testid="invite-role">
            <span className={`role-badge is-${invite.role}`}>{t(`role.${invite.role}`)}</span>
            <span className="invite-role-note">{t(`roleDescription.${invite.role}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('join.expires')}</dt>
          <dd>{formatWhen(invite.expiresAt)}</dd>
        </div>
      </dl>
      <form className="join-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('join.name')}</label>
          <input
            id={`${id}-name`}
            value={name}
            maxLength={MAX_DISPLAY_NAME}
            autoComplete="name"
            placeholder={t('join.namePlaceholder')}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : `${id}-hint`}
            onChange={(event) => setName(event.target.value)}
          />
          <p id={`${id}-hint`} className="field-hint">
            {t('join.nameHint')}
          </p>
        </div>
        <button type="submit" className="button-primary" disabled={join.busy}>
          {join.busy ? t('join.busy') : t('join.submit')}
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
