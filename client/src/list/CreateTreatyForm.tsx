import { Limits, type TreatySummary } from '@pactum/shared';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createTreaty } from '../api/treatyApi.ts';
import { useAction } from '../lib/useAction.ts';

interface CreateTreatyFormProps {
  onCreated: (treaty: TreatySummary) => void;
}

const SECRETARIAT = 'SEC';

/** A new treaty, chaired by its creator for the delegation they name. */
export function CreateTreatyForm({ onCreated }: CreateTreatyFormProps) {
  const { t } = useTranslation('access');
  const [title, setTitle] = useState('');
  const [delegation, setDelegation] = useState(SECRETARIAT);
  const { busy, error, run } = useAction();
  const ids = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () =>
      onCreated(await createTreaty({ title, delegation: delegation.trim() || SECRETARIAT })),
    );
  };

  return (
    <form className="create-treaty" onSubmit={submit} noValidate>
      <div className="create-treaty-row">
        <div className="field field-grow">
          <label htmlFor={`${ids}-title`}>{t('list.create.title')}</label>
          <input
            id={`${ids}-title`}
            value={title}
            placeholder={t('list.create.titlePlaceholder')}
            maxLength={Limits.maxTitleLength}
            aria-invalid={error !== null}
            aria-describedby={error ? `${ids}-error` : undefined}
            onChange={(event) => setTitle(event.target.value)}
          />
        </div>
        <div className="field delegation-code-field">
          <label htmlFor={`${ids}-delegation`}>{t('list.create.delegation')}</label>
          <input
            id={`${ids}-delegation`}
            value={delegation}
            maxLength={12}
            autoCapitalize="characters"
            spellCheck={false}
            aria-describedby={`${ids}-hint`}
            onChange={(event) => setDelegation(event.target.value.toUpperCase())}
          />
        </div>
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? t('list.create.busy') : t('list.create.submit')}
        </button>
      </div>
      <p id={`${ids}-hint`} className="field-hint">
        {t('list.create.hint')}
      </p>
      {error && (
        <p id={`${ids}-error`} className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
