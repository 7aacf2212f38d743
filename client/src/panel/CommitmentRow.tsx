import {
  type CommitmentJSON,
  type Domain,
  type Party,
  removeCommitment,
  updateCommitment,
} from '@pactum/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation(['panel', 'vocabulary']);
  const [error, setError] = useState<string | null>(null);
  const write = (patch: Partial<CommitmentJSON>, field: string) =>
    writeResult(() => updateCommitment(doc, commitment.id, commitmentOf({ ...commitment, ...patch })), field);
  const who = t('commitments.who', {
    party: commitment.party,
    capability: commitment.capability || t('commitments.noCapability'),
  });

  return (
    <li className="commitment-row">
      <SelectField
        label={t('commitments.party')}
        hideLabel
        className="commitment-party"
        value={commitment.party}
        options={partyOptions(parties, commitment.party)}
        onChange={(party) => setError(write({ party }, 'party'))}
      />
      <SelectField
        label={t('commitments.domain')}
        hideLabel
        className="commitment-domain"
        value={commitment.domain}
        options={domainOptions(domains)}
        onChange={(domain) => setError(write({ domain }, 'domain'))}
      />
      <button
        type="button"
        className="icon-button commitment-remove"
        aria-label={t('commitments.remove', { who })}
        title={t('commitments.removeTitle')}
        onClick={() => setError(writeResult(() => removeCommitment(doc, commitment.id)))}
      >
        ×
      </button>
      <DraftInput
        label={t('commitments.capability')}
        hideLabel
        className="commitment-capability"
        placeholder={t('commitments.capabilityPlaceholder')}
        maxLength={500}
        value={commitment.capability}
        write={(capability) => write({ capability }, 'capability')}
      />
      <DraftInput
        label={t('commitments.quantity')}
        hideLabel
        className="commitment-quantity"
        placeholder={t('commitments.quantityPlaceholder')}
        inputMode="decimal"
        value={quantityValue(commitment.quantity)}
        write={(text) => write({ quantity: parseQuantity(text) }, 'quantity')}
      />
      <DraftInput
        label={t('commitments.unit')}
        hideLabel
        className="commitment-unit"
        placeholder={t('commitments.unitPlaceholder')}
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
