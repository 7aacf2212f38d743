import { addCommitment, type Domain, type Party } from '@pactum/shared';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { SelectField } from '../forms/SelectField.tsx';
import { commitmentOf, parseQuantity } from '../tags/commitmentFields.ts';
import { domainOptions, partyOptions } from '../tags/vocabularyOptions.ts';
import { type WriteProblem, writeProblem } from '../tags/writeResult.ts';

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
  const { t } = useTranslation(['panel', 'vocabulary']);
  const [problem, setProblem] = useState<WriteProblem | null>(null);
  const id = useId();
  // A choice that someone else has since removed falls back to a present one.
  const party = parties.some((p) => p.code === chosenParty) ? chosenParty : (parties[0]?.code ?? '');
  const domain = domains.some((d) => d.key === chosenDomain)
    ? chosenDomain
    : (clauseDomains[0] ?? domains[0]?.key ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const commitment = commitmentOf({ party, domain, capability, quantity: parseQuantity(quantity), unit });
    const refused = writeProblem(() => addCommitment(doc, clauseId, commitment));
    setProblem(refused);
    if (refused) return;
    setCapability('');
    setQuantity('');
    setUnit('');
  };

  return (
    <form
      className="commitment-row commitment-new"
      onSubmit={submit}
      aria-label={t('commitments.new')}
      noValidate
    >
      <SelectField
        label={t('commitments.newParty')}
        hideLabel
        className="commitment-party"
        value={party}
        options={partyOptions(parties)}
        onChange={setParty}
      />
      <SelectField
        label={t('commitments.newDomain')}
        hideLabel
        className="commitment-domain"
        value={domain}
        options={domainOptions(domains)}
        onChange={setDomain}
      />
      <span className="commitment-remove" />
      <div className="field commitment-capability">
        <label htmlFor={`${id}-capability`} className="visually-hidden">
          {t('commitments.newCapability')}
        </label>
        <input
          id={`${id}-capability`}
          value={capability}
          maxLength={500}
          placeholder={t('commitments.capabilityPlaceholder')}
          onChange={(event) => setCapability(event.target.value)}
        />
      </div>
      <div className="field commitment-quantity">
        <label htmlFor={`${id}-quantity`} className="visually-hidden">
          {t('commitments.newQuantity')}
        </label>
        <input
          id={`${id}-quantity`}
          value={quantity}
          inputMode="decimal"
          placeholder={t('commitments.quantityPlaceholder')}
          aria-invalid={problem?.field === 'quantity'}
          onChange={(event) => setQuantity(event.target.value)}
        />
      </div>
      <div className="field commitment-unit">
        <label htmlFor={`${id}-unit`} className="visually-hidden">
          {t('commitments.newUnit')}
        </label>
        <input
          id={`${id}-unit`}
          value={unit}
          maxLength={40}
          placeholder={t('commitments.unitPlaceholder')}
          onChange={(event) => setUnit(event.target.value)}
        />
      </div>
      <button type="submit" className="button-small commitment-add" disabled={!party || !domain}>
        {t('commitments.add')}
      </button>
      {problem && (
        <p className="field-error commitment-error" role="alert">
          {problem.message}
        </p>
      )}
    </form>
  );
}
