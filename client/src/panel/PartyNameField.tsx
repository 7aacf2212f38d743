import { Party } from '@pactum/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../lib/useAction.ts';
import { issueReason } from '../tags/writeResult.ts';

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
  const { t } = useTranslation('panel');
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const action = useAction();
  const id = useId();
  const editing = draft !== null && draft !== party.name;
  const refused = editing ? (problem ?? action.error) : null;
  const shown = refused ?? error;

  const save = async (): Promise<void> => {
    if (draft === null || draft === party.name) {
      setDraft(null);
      return;
    }
    // A name the schema refuses is not sent; the server checks it all the same.
    const issue = Party.shape.name.safeParse(draft).error?.issues[0];
    setProblem(issue ? issueReason(issue, 'name') : null);
    if (issue) return;
    if (await action.run(() => rename(draft))) setDraft(null);
  };

  return (
    <div className="field party-name">
      <label htmlFor={id} className="visually-hidden">
        {t('parties.nameOf', { code: party.code })}
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
