import type { Party } from '@pactum/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('panel');
  const [confirming, setConfirming] = useState(false);
  const removal = useAction();
  const remove = () => void removal.run(() => deleteParty(treatyId, party.code));
  const count = <span className="party-commitments">{t('parties.commitments', { count: commitments })}</span>;

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
        aria-label={t('parties.remove', { name: party.name, code: party.code })}
        aria-expanded={commitments > 0 ? confirming : undefined}
        title={t('parties.removeTitle')}
        disabled={removal.busy}
        onClick={() => (commitments > 0 ? setConfirming(!confirming) : remove())}
      >
        ×
      </button>
      {confirming && (
        <ConfirmFieldset className="party-confirm field-warning" onCancel={() => setConfirming(false)}>
          <legend className="visually-hidden">{t('parties.removeQuestion', { name: party.name })}</legend>
          <span>{t('parties.namedIn', { code: party.code, count: commitments })}</span>
          <button
            type="button"
            className="button-small button-danger"
            disabled={removal.busy}
            onClick={remove}
          >
            {t('parties.confirmRemove')}
          </button>
          <button type="button" className="button-small" onClick={() => setConfirming(false)}>
            {t('parties.keep')}
          </button>
        </ConfirmFieldset>
      )}
    </li>
  );
}
