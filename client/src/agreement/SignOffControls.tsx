import type { ClauseAgreement } from '@pactum/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../lib/useAction.ts';
import { ActionError } from './ActionError.tsx';
import { signOff, withdrawSignOff } from './agreementApi.ts';

interface SignOffControlsProps {
  treatyId: string;
  agreement: ClauseAgreement;
  delegation: string;
}

/** Sign off for one's own delegation (ad referendum if the capital must confirm), or withdraw. */
export function SignOffControls({ treatyId, agreement, delegation }: SignOffControlsProps) {
  const { t } = useTranslation('agreement');
  const [adReferendum, setAdReferendum] = useState(false);
  const action = useAction();
  const id = useId();
  const { clauseId } = agreement;
  const own = agreement.signoffs.find((signoff) => signoff.delegation === delegation);
  const bracketed = agreement.brackets.some((bracket) => bracket.delegation === delegation);
  const sign = (asAdReferendum: boolean) => action.run(() => signOff(treatyId, clauseId, asAdReferendum));

  return (
    <div className="agreement-controls">
      {own?.current ? (
        <>
          {own.adReferendum && (
            <button
              type="button"
              className="button-small"
              disabled={action.busy}
              title={t('signOffs.confirmTitle')}
              onClick={() => sign(false)}
            >
              {t('signOffs.confirm', { delegation })}
            </button>
          )}
          <button
            type="button"
            className="button-small"
            disabled={action.busy}
            onClick={() => action.run(() => withdrawSignOff(treatyId, clauseId))}
          >
            {t('signOffs.withdraw')}
          </button>
        </>
      ) : (
        <>
          <label className="checkbox-field checkbox-small" htmlFor={`${id}-adref`}>
            <input
              id={`${id}-adref`}
              type="checkbox"
              checked={adReferendum}
              onChange={(event) => setAdReferendum(event.target.checked)}
            />
            {t('signOffs.adReferendum')}
          </label>
          <button
            type="button"
            className="button-small button-accent"
            disabled={action.busy || bracketed}
            aria-describedby={bracketed ? `${id}-why` : undefined}
            onClick={() => sign(adReferendum)}
          >
            {t('signOffs.signOff', { delegation })}
          </button>
          {own && (
            <button
              type="button"
              className="button-small"
              disabled={action.busy}
              onClick={() => action.run(() => withdrawSignOff(treatyId, clauseId))}
            >
              {t('signOffs.withdraw')}
            </button>
          )}
          {bracketed && (
            <p id={`${id}-why`} className="field-hint agreement-hint">
              {t('signOffs.holdsBracket', { delegation })}
            </p>
          )}
        </>
      )}
      <ActionError error={action.error} />
    </div>
  );
}
