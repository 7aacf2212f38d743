import { setParty } from '@pactum/shared';
import { type FormEvent, useId, useState } from 'react';
import type * as Y from 'yjs';
import { writeResult } from '../tags/writeResult.ts';

export function AddPartyForm({ doc, taken }: { doc: Y.Doc; taken: readonly string[] }) {
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // setParty renames an existing party; adding one must not silently rename another.
    const message = taken.includes(code)
      ? `${code} is already a party; rename it in the list above`
      : writeResult(() => setParty(doc, { code, name }));
    setError(message);
    if (message) return;
    setCode('');
    setName('');
  };

  return (
    <form className="inline-form add-party" onSubmit={submit} noValidate>
      <div className="field party-code-field">
        <label htmlFor={`${id}-code`}>Code</label>
        <input
          id={`${id}-code`}
          value={code}
          maxLength={6}
          placeholder="e.g. SE"
          autoCapitalize="characters"
          aria-invalid={error?.startsWith('code') ?? false}
          onChange={(event) => setCode(event.target.value.toUpperCase())}
        />
      </div>
      <div className="field field-grow">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={120}
          placeholder="e.g. Sweden"
          aria-invalid={error?.startsWith('name') ?? false}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <button type="submit" className="button-small">
        Add party
      </button>
      {error && (
        <p className="field-error form-row-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
