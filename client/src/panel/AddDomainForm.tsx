import { addCustomDomain, type Domain } from '@pactum/shared';
import { type FormEvent, useId, useState } from 'react';
import type * as Y from 'yjs';
import { writeResult } from '../tags/writeResult.ts';

const DEFAULT_COLOR = '#6b4f7a';

/** A stable key from the label; labels in other scripts get a numbered key instead. */
function domainKey(label: string, domains: readonly Domain[]): string {
  const slug = label
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+|-+$/g, '')
    .slice(0, 48);
  const base = slug.length >= 2 ? slug : 'domain';
  let key = base;
  for (let n = 2; domains.some((domain) => domain.key === key); n++) key = `${base}-${n}`;
  return key;
}

/** Adds a domain of the treaty's own (beside the default ones) to every clause's choices. */
export function AddDomainForm({ doc, domains }: { doc: Y.Doc; domains: readonly Domain[] }) {
  const [label, setLabel] = useState('');
  const [color, setColor] = useState(DEFAULT_COLOR);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const key = domainKey(label, domains);
    const message = writeResult(() => addCustomDomain(doc, { key, label, color }), 'label');
    setError(message);
    if (!message) setLabel('');
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
        <button type="submit" className="button-small">
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
