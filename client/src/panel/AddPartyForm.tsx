import { Party } from '@pactum/shared';
import { type FormEvent, useId, useState } from 'react';
import { useAction } from '../lib/useAction.ts';
import { putParty } from './treatyTagsApi.ts';

/** What is wrong with a new party before it is sent ("code must be …"), or null. */
function localProblem(code: string, name: string, taken: readonly string[]): string | null {
  // The server's PUT renames an existing party; adding one must not silently rename another.
  if (taken.includes(code)) return `${code} is already a party; rename it in the list above`;
  const parsed = Party.safeParse({ code, name });
  const issue = parsed.error?.issues[0];
  return issue ? `${issue.path.join('.')} ${issue.message}` : null;
}

/** The chair adds a party; the server writes it into the treaty for everyone. */
export function AddPartyForm({ treatyId, taken }: { treatyId: string; taken: readonly string[] }) {
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const action = useAction();
  const id = useId();
  const error = problem ?? action.error;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = localProblem(code, name, taken);
    setProblem(found);
    if (found || !(await action.run(() => putParty(treatyId, code, name)))) return;
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
      <button type="submit" className="button-small" disabled={action.busy}>
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
