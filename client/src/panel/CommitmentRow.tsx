import {
  type CommitmentJSON,
  type Domain,
  type Party,
  removeCommitment,
  updateCommitment,
} from '@pactum/shared';
import { useState } from 'react';
import type * as Y from 'yjs';
import { DraftInput } from '../forms/DraftInput.tsx';
import { SelectField } from '../forms/SelectField.tsx';
import { commitmentOf, parseQuantity, quantityValue } from '../tags/commitmentFields.ts';
import { domainOptions, partyOptions } from '../tags/vocabularyOptions.ts';
import { writeResult } from '../tags/writeResult.ts';

interface CommitmentRowProps {
  doc: Y.Doc;
  commitment: CommitmentJSON;
  parties: readonly Party[];
  domains: readonly Domain[];
}

/** One commitment, edited in place; every field writes on its own, so others' edits of other fields survive. */
export function CommitmentRow({ doc, commitment, parties, domains }: CommitmentRowProps) {
  const [error, setError] = useState<string | null>(null);
  const write = (patch: Partial<CommitmentJSON>, field: string) =>
    writeResult(() => updateCommitment(doc, commitment.id, commitmentOf({ ...commitment, ...patch })), field);
  const who = `${commitment.party}: ${commitment.capability || 'no capability yet'}`;

  return (
    <li className="commitment-row">
      <SelectField
        label="Party"
        hideLabel
        className="commitment-party"
        value={commitment.party}
        options={partyOptions(parties, commitment.party)}
        onChange={(party) => setError(write({ party }, 'party'))}
      />
      <SelectField
        label="Domain"
        hideLabel
        className="commitment-domain"
        value={commitment.domain}
        options={domainOptions(domains)}
        onChange={(domain) => setError(write({ domain }, 'domain'))}
      />
      <button
        type="button"
        className="icon-button commitment-remove"
        aria-label={`Remove the commitment ${who}`}
        title="Remove this commitment"
        onClick={() => setError(writeResult(() => removeCommitment(doc, commitment.id)))}
      >
        ×
      </button>
      <DraftInput
        label="Capability"
        hideLabel
        className="commitment-capability"
        placeholder="Capability, e.g. Strategic airlift"
        maxLength={500}
        value={commitment.capability}
        write={(capability) => write({ capability }, 'capability')}
      />
      <DraftInput
        label="Quantity"
        hideLabel
        className="commitment-quantity"
        placeholder="Qty"
        inputMode="decimal"
        value={quantityValue(commitment.quantity)}
        write={(text) => write({ quantity: parseQuantity(text) }, 'quantity')}
      />
      <DraftInput
        label="Unit"
        hideLabel
        className="commitment-unit"
        placeholder="Unit"
        maxLength={40}
        value={commitment.unit ?? ''}
        write={(unit) => write({ unit }, 'unit')}
      />
      {error && (
        <p className="field-error commitment-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
