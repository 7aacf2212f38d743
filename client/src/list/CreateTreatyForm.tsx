import { Limits, type TreatySummary } from '@pactum/shared';
import { type FormEvent, useId, useState } from 'react';
import { createTreaty } from '../api/treatyApi.ts';

interface CreateTreatyFormProps {
  onCreated: (treaty: TreatySummary) => void;
}

export function CreateTreatyForm({ onCreated }: CreateTreatyFormProps) {
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onCreated(await createTreaty({ title }));
    } catch (failure) {
      setError((failure as Error).message);
      setBusy(false);
    }
  };

  return (
    <form className="create-treaty" onSubmit={submit} noValidate>
      <label htmlFor={`${ids}-title`}>Start a new treaty</label>
      <div className="create-treaty-row">
        <input
          id={`${ids}-title`}
          value={title}
          placeholder="e.g. Agreement on Cultural Cooperation"
          maxLength={Limits.maxTitleLength}
          aria-invalid={error !== null}
          aria-describedby={error ? `${ids}-error` : undefined}
          onChange={(event) => setTitle(event.target.value)}
        />
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create treaty'}
        </button>
      </div>
      {error && (
        <p id={`${ids}-error`} className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
