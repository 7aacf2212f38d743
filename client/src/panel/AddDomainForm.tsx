import { type FormEvent, useId, useState } from 'react';
import { useAction } from '../lib/useAction.ts';
import { addDomain } from './treatyTagsApi.ts';

const DEFAULT_COLOR = '#6b4f7a';

/** The chair adds a domain of the treaty's own (beside the default ones) to every clause's choices. */
export function AddDomainForm({ treatyId }: { treatyId: string }) {
  const [label, setLabel] = useState('');
  const [color, setColor] = useState(DEFAULT_COLOR);
  const action = useAction();
  const id = useId();
  // The only field the server can name here is the label, which this field is.
  const error = action.error?.replace(/^label: /, '') ?? null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await action.run(() => addDomain(treatyId, { label, color }))) setLabel('');
  };

  return (
    <details className="add-domain">
      <summary>Add a treaty domain</summary>
      <form className="inline-form" onSubmit={submit} noValidate>
        <div className="field field-grow">
          <label htmlFor={`${id}-label`}>Name of the domain</label>
          <input
            id={`${id}-label`}
            value={label}
            maxLength={80}
            placeholder="e.g. Space"
            aria-invalid={error !== null}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => setLabel(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-color`}>Colour</label>
          <input
            id={`${id}-color`}
            type="color"
            value={color}
            onChange={(event) => setColor(event.target.value)}
          />
        </div>
        <button type="submit" className="button-small" disabled={action.busy}>
          Add
        </button>
      </form>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </details>
  );
}
