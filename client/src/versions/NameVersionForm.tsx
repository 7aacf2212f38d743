import { type FormEvent, useId, useState } from 'react';
import { nameVersion, type VersionMeta } from './versionApi.ts';

interface NameVersionFormProps {
  treatyId: string;
  /** False while the user's own last edits are not yet stored: the version would miss them. */
  saved: boolean;
  onNamed: (version: VersionMeta) => void;
}

/** Records the text as it is now under a name the delegations will refer to ("Paris draft 3"). */
export function NameVersionForm({ treatyId, saved, onNamed }: NameVersionFormProps) {
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError('Give the version a name.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const trimmedNote = note.trim();
      onNamed(await nameVersion(treatyId, { name, ...(trimmedNote ? { note: trimmedNote } : {}) }));
      setName('');
      setNote('');
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="name-version" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h2 id={`${id}-title`}>Name a version</h2>
      <p className="view-intro">
        Records the whole text and its tags as they are now, for everyone to compare against later.
      </p>
      <div className="name-version-fields">
        <div className="field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input
            id={`${id}-name`}
            value={name}
            maxLength={120}
            placeholder="e.g. Paris draft 3"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-note`}>Note (optional)</label>
          <input
            id={`${id}-note`}
            value={note}
            maxLength={2000}
            placeholder="e.g. Text sent to capitals before the ministerial"
            onChange={(event) => setNote(event.target.value)}
          />
        </div>
        <button type="submit" className="button-primary" disabled={busy || !saved}>
          {busy ? 'Naming…' : 'Name this version'}
        </button>
      </div>
      {!saved && <p className="field-hint">Waiting for your last edits to be saved…</p>}
      {error && (
        <p id={`${id}-error`} className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
