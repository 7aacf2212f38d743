import type { Party } from '@pactum/shared';
import { useId, useState } from 'react';
import { useAction } from '../lib/useAction.ts';

interface PartyNameFieldProps {
  party: Party;
  rename: (name: string) => Promise<unknown>;
  /** Another refusal about this party (its removal), shown under the name. */
  error: string | null;
}

/**
 * The chair's field for a party's name. While it has focus, or holds a name
 * the server refused, it shows the local draft, so a rename arriving from
 * elsewhere never moves the caret; the draft is sent on Enter and on blur.
 * Escape drops it.
 */
export function PartyNameField({ party, rename, error }: PartyNameFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const action = useAction();
  const id = useId();
  const editing = draft !== null && draft !== party.name;
  // The name is the only field of the request, and this is it.
  const refused = editing ? (action.error?.replace(/^name: /, '') ?? null) : null;
  const shown = refused ?? error;

  const save = async (): Promise<void> => {
    if (draft === null || draft === party.name) {
      setDraft(null);
      return;
    }
    if (await action.run(() => rename(draft))) setDraft(null);
  };

  return (
    <div className="field party-name">
      <label htmlFor={id} className="visually-hidden">
        Name of {party.code}
      </label>
      <input
        id={id}
        value={draft ?? party.name}
        maxLength={120}
        aria-invalid={refused !== null}
        aria-describedby={shown ? `${id}-error` : undefined}
        onFocus={() => setDraft((value) => value ?? party.name)}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => void save()}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void save();
          } else if (event.key === 'Escape' && editing) {
            // Only a field with something to drop keeps Escape from closing the panel.
            event.stopPropagation();
            setDraft(party.name);
          }
        }}
      />
      {shown && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {shown}
        </p>
      )}
    </div>
  );
}
