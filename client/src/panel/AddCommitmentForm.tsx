import { addCommitment, type Domain, type Party } from '@pactum/shared';
import { type FormEvent, useId, useState } from 'react';
import type * as Y from 'yjs';
import { SelectField } from '../forms/SelectField.tsx';
import { commitmentOf, parseQuantity } from '../tags/commitmentFields.ts';
import { domainOptions, partyOptions } from '../tags/vocabularyOptions.ts';
import { writeResult } from '../tags/writeResult.ts';

interface AddCommitmentFormProps {
  doc: Y.Doc;
  clauseId: string;
  parties: readonly Party[];
  domains: readonly Domain[];
  /** The clause's own domains: the first one is the likely domain of a new commitment. */
  clauseDomains: readonly string[];
}

/** The last row of the commitments table: a new commitment is written only once it is complete. */
export function AddCommitmentForm({
  doc,
  clauseId,
  parties,
  domains,
  clauseDomains,
}: AddCommitmentFormProps) {
  const [chosenParty, setParty] = useState('');
  const [chosenDomain, setDomain] = useState('');
  const [capability, setCapability] = useState('');
  const [quantity, setQuantity] = useState('');
  const [unit, setUnit] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  // A choice that someone else has since removed falls back to a present one.
  const party = parties.some((p) => p.code === chosenParty) ? chosenParty : (parties[0]?.code ?? '');
  const domain = domains.some((d) => d.key === chosenDomain)
    ? chosenDomain
    : (clauseDomains[0] ?? domains[0]?.key ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const commitment = commitmentOf({ party, domain, capability, quantity: parseQuantity(quantity), unit });
    const message = writeResult(() => addCommitment(doc, clauseId, commitment));
    setError(message);
    if (message) return;
    setCapability('');
    setQuantity('');
    setUnit('');
  };

  return (
    <form className="commitment-row commitment-new" onSubmit={submit} aria-label="New commitment" noValidate>
      <SelectField
        label="Party of the new commitment"
        hideLabel
        className="commitment-party"
        value={party}
        options={partyOptions(parties)}
        onChange={setParty}
      />
      <SelectField
        label="Domain of the new commitment"
        hideLabel
        className="commitment-domain"
        value={domain}
        options={domainOptions(domains)}
        onChange={setDomain}
      />
      <span className="commitment-remove" />
      <div className="field commitment-capability">
        <label htmlFor={`${id}-capability`} className="visually-hidden">
          Capability of the new commitment
        </label>
        <input
          id={`${id}-capability`}
          value={capability}
          maxLength={500}
          placeholder="Capability, e.g. Strategic airlift"
          onChange={(event) => setCapability(event.target.value)}
        />
      </div>
      <div className="field commitment-quantity">
        <label htmlFor={`${id}-quantity`} className="visually-hidden">
          Quantity of the new commitment
        </label>
        <input
          id={`${id}-quantity`}
          value={quantity}
          inputMode="decimal"
          placeholder="Qty"
          aria-invalid={error?.startsWith('quantity') ?? false}
          onChange={(event) => setQuantity(event.target.value)}
        />
      </div>
      <div className="field commitment-unit">
        <label htmlFor={`${id}-unit`} className="visually-hidden">
          Unit of the new commitment
        </label>
        <input
          id={`${id}-unit`}
          value={unit}
          maxLength={40}
          placeholder="Unit"
          onChange={(event) => setUnit(event.target.value)}
        />
      </div>
      <button type="submit" className="button-small commitment-add" disabled={!party || !domain}>
        Add commitment
      </button>
      {error && (
        <p className="field-error commitment-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
