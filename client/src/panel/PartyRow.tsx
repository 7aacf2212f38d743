import { type Party, removeParty, setParty } from '@pactum/shared';
import { useState } from 'react';
import type * as Y from 'yjs';
import { DraftInput } from '../forms/DraftInput.tsx';
import { writeResult } from '../tags/writeResult.ts';

interface PartyRowProps {
  doc: Y.Doc;
  party: Party;
  /** How many commitments name this party: removing it leaves them without a party. */
  commitments: number;
}

export function PartyRow({ doc, party, commitments }: PartyRowProps) {
  const [confirming, setConfirming] = useState(false);
  const remove = () => removeParty(doc, party.code);

  return (
    <li className="party-row">
      <span className="party-code" aria-hidden="true">
        {party.code}
      </span>
      <DraftInput
        label={`Name of ${party.code}`}
        hideLabel
        className="party-name"
        maxLength={120}
        value={party.name}
        write={(name) => writeResult(() => setParty(doc, { code: party.code, name }), 'name')}
      />
      <span className="party-commitments">
        {commitments === 1 ? '1 commitment' : `${commitments} commitments`}
      </span>
      <button
        type="button"
        className="icon-button"
        aria-label={`Remove ${party.name} (${party.code})`}
        aria-expanded={commitments > 0 ? confirming : undefined}
        title="Remove this party"
        onClick={() => (commitments > 0 ? setConfirming(!confirming) : remove())}
      >
        ×
      </button>
      {confirming && (
        <fieldset className="party-confirm field-warning">
          <legend className="visually-hidden">Remove {party.name}?</legend>
          <span>
            {party.code} is named in {commitments === 1 ? 'a commitment' : `${commitments} commitments`}; they
            stay, marked “not a party”.
          </span>
          <button type="button" className="button-small button-danger" onClick={remove}>
            Remove
          </button>
          <button type="button" className="button-small" onClick={() => setConfirming(false)}>
            Keep
          </button>
        </fieldset>
      )}
    </li>
  );
}
