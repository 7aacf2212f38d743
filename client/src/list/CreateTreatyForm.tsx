import { Limits, type TreatySummary } from '@pactum/shared';
import { type FormEvent, useId, useState } from 'react';
import { createTreaty } from '../api/treatyApi.ts';

interface CreateTreatyFormProps {
  onCreated: (treaty: TreatySummary) => void;
}

const SECRETARIAT = 'SEC';

/** A new treaty, chaired by its creator for the delegation they name. */
export function CreateTreatyForm({ onCreated }: CreateTreatyFormProps) {
  const [title, setTitle] = useState('');
  const [delegation, setDelegation] = useState(SECRETARIAT);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onCreated(await createTreaty({ title, delegation: delegation.trim() || SECRETARIAT }));
    } catch (failure) {
      setError((failure as Error).message);
      setBusy(false);
    }
  };

  return (
    <form className="create-treaty" onSubmit={submit} noValidate>
      <div className="create-treaty-row">
        <div className="field field-grow">
          <label htmlFor={`${ids}-title`}>Start a new treaty</label>
          <input
            id={`${ids}-title`}
            value={title}
            placeholder="e.g. Agreement on Cultural Cooperation"
            maxLength={Limits.maxTitleLength}
            aria-invalid={error !== null}
            aria-describedby={error ? `${ids}-error` : undefined}
            onChange={(event) => setTitle(event.target.value)}
          />
        </div>
        <div className="field delegation-code-field">
          <label htmlFor={`${ids}-delegation`}>Your delegation code</label>
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
          {busy ? 'Creating…' : 'Create treaty'}
        </button>
      </div>
      <p id={`${ids}-hint`} className="field-hint">
        You chair the new treaty for this delegation (SEC for a secretariat) and invite the others.
      </p>
      {error && (
        <p id={`${ids}-error`} className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
