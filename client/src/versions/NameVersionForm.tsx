import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../lib/useAction.ts';
import { nameVersion, type VersionMeta } from './versionApi.ts';

interface NameVersionFormProps {
  treatyId: string;
  /** False while the user's own last edits are not yet stored: the version would miss them. */
  saved: boolean;
  onNamed: (version: VersionMeta) => void;
}

/** Records the text as it is now under a name the delegations will refer to ("Paris draft 3"). */
export function NameVersionForm({ treatyId, saved, onNamed }: NameVersionFormProps) {
  const { t } = useTranslation('versions');
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [nameMissing, setNameMissing] = useState(false);
  const action = useAction();
  const id = useId();
  const error = nameMissing ? t('name.missing') : action.error;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setNameMissing(true);
      return;
    }
    setNameMissing(false);
    const trimmedNote = note.trim();
    await action.run(async () => {
      onNamed(await nameVersion(treatyId, { name, ...(trimmedNote ? { note: trimmedNote } : {}) }));
      setName('');
      setNote('');
    });
  };

  return (
    <form className="name-version" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h2 id={`${id}-title`}>{t('name.title')}</h2>
      <p className="view-intro">{t('name.intro')}</p>
      <div className="name-version-fields">
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('name.name')}</label>
          <input
            id={`${id}-name`}
            value={name}
            maxLength={120}
            placeholder={t('name.namePlaceholder')}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-note`}>{t('name.note')}</label>
          <input
            id={`${id}-note`}
            value={note}
            maxLength={2000}
            placeholder={t('name.notePlaceholder')}
            onChange={(event) => setNote(event.target.value)}
          />
        </div>
        <button type="submit" className="button-primary" disabled={action.busy || !saved}>
          {action.busy ? t('name.busy') : t('name.submit')}
        </button>
      </div>
      {!saved && <p className="field-hint">{t('name.waiting')}</p>}
      {error && (
        <p id={`${id}-error`} className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
