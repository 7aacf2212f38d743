import type { TreatySummary } from '@pactum/shared';
import { type ChangeEvent, useId, useState } from 'react';
import { importTreaty } from '../export/exportApi.ts';

/** A new treaty from a JSON backup; whoever imports it chairs it. */
export function ImportTreatyForm({ onImported }: { onImported: (treaty: TreatySummary) => void }) {
  const ids = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      onImported(await importTreaty(file));
    } catch (failure) {
      setError(`${file.name} cannot be imported: ${(failure as Error).message}`);
      setBusy(false);
      // Choosing the same file again, once fixed, must fire a change again.
      input.value = '';
    }
  };

  return (
    <div className="import-treaty">
      <div className="field">
        <label htmlFor={`${ids}-file`}>Import a treaty (JSON backup)</label>
        <input
          id={`${ids}-file`}
          type="file"
          accept=".json,application/json"
          disabled={busy}
          aria-invalid={error !== null}
          aria-describedby={error ? `${ids}-hint ${ids}-error` : `${ids}-hint`}
          onChange={onFile}
        />
      </div>
      <p id={`${ids}-hint`} className="field-hint">
        {busy
          ? 'Importing…'
          : 'A backup exported from Pactum becomes a new treaty that you chair. Sign-offs and comments are not in the file.'}
      </p>
      {error && (
        <p id={`${ids}-error`} className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
