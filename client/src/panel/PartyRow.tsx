import type { Party } from '@pactum/shared';
import { useState } from 'react';
import { useAction } from '../lib/useAction.ts';
import { ConfirmFieldset } from '../shell/ConfirmFieldset.tsx';
import { PartyNameField } from './PartyNameField.tsx';
import { deleteParty, putParty } from './treatyTagsApi.ts';

interface PartyRowProps {
  treatyId: string;
  party: Party;
  /** How many commitments name this party: removing it leaves them without a party. */
  commitments: number;
  /** The chair renames and removes parties; everyone else reads the list. */
  canManage: boolean;
}

export function PartyRow({ treatyId, party, commitments, canManage }: PartyRowProps) {
  const [confirming, setConfirming] = useState(false);
  const removal = useAction();
  const remove = () => void removal.run(() => deleteParty(treatyId, party.code));
  const count = (
    <span className="party-commitments">
      {commitments === 1 ? '1 commitment' : `${commitments} commitments`}
    </span>
  );

  if (!canManage) {
    return (
      <li className="party-row">
        <span className="party-code">{party.code}</span>
        <span className="party-name">{party.name}</span>
        {count}
      </li>
    );
  }
  return (
    <li className="party-row">
      <span className="party-code" aria-hidden="true">
        {party.code}
      </span>
      <PartyNameField
        party={party}
        rename={(name) => putParty(treatyId, party.code, name)}
        error={removal.error}
      />
      {count}
      <button
        type="button"
        className="icon-button"
        aria-label={`Remove ${party.name} (${party.code})`}
        aria-expanded={commitments > 0 ? confirming : undefined}
        title="Remove this party"
        disabled={removal.busy}
        onClick={() => (commitments > 0 ? setConfirming(!confirming) : remove())}
      >
        ×
      </button>
      {confirming && (
        <ConfirmFieldset className="party-confirm field-warning" onCancel={() => setConfirming(false)}>
          <legend className="visually-hidden">Remove {party.name}?</legend>
          <span>
            {party.code} is named in {commitments === 1 ? 'a commitment' : `${commitments} commitments`}; they
            stay, marked “not a party”.
          </span>
          <button
            type="button"
            className="button-small button-danger"
            disabled={removal.busy}
            onClick={remove}
          >
            Remove
          </button>
          <button type="button" className="button-small" onClick={() => setConfirming(false)}>
            Keep
          </button>
        </ConfirmFieldset>
      )}
    </li>
  );
}
