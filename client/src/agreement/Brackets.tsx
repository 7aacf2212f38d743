import type { ClauseAgreement } from '@pactum/shared';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatWhen } from '../lib/formatWhen.ts';
import { useAction } from '../lib/useAction.ts';
import { ActionError } from './ActionError.tsx';
import { liftBracket, placeBracket } from './agreementApi.ts';
import type { AgreementRights } from './agreementRights.ts';
import { PartyCode } from './PartyCode.tsx';

interface BracketsProps {
  treatyId: string;
  agreement: ClauseAgreement;
  partyName: (code: string) => string;
  rights: AgreementRights;
}

/** Who holds a bracket on the article and why; place or lift one's own delegation's bracket. */
export function Brackets({ treatyId, agreement, partyName, rights }: BracketsProps) {
  const { t } = useTranslation('agreement');
  const [reason, setReason] = useState('');
  const action = useAction();
  const id = useId();
  const { clauseId, brackets } = agreement;
  const own = rights.delegation !== null && brackets.some((b) => b.delegation === rights.delegation);

  const place = async (event: FormEvent) => {
    event.preventDefault();
    if (await action.run(() => placeBracket(treatyId, clauseId, reason.trim()))) setReason('');
  };

  return (
    <div className="agreement-part">
      <h4 className="agreement-subhead">{t('brackets.title')}</h4>
      {brackets.length === 0 ? (
        <p className="agreement-note">{t('brackets.none')}</p>
      ) : (
        <ul className="bracket-list" aria-label={t('brackets.title')}>
          {brackets.map((bracket) => (
            <li key={bracket.delegation} className="bracket-row" data-testid="bracket">
              <span className="bracket-mark" aria-hidden="true">
                [ ]
              </span>
              <PartyCode code={bracket.delegation} name={partyName(bracket.delegation)} />
              <span className="bracket-reason">
                {bracket.reason
                  ? t('brackets.reasonQuoted', { reason: bracket.reason })
                  : t('brackets.noReason')}
              </span>
              <span className="signoff-by">
                {bracket.by.name} · {formatWhen(bracket.at)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {rights.negotiate &&
        (own ? (
          <div className="agreement-controls">
            <button
              type="button"
              className="button-small"
              disabled={action.busy}
              onClick={() => action.run(() => liftBracket(treatyId, clauseId))}
            >
              {t('brackets.lift')}
            </button>
            <ActionError error={action.error} />
          </div>
        ) : (
          <form className="agreement-controls" onSubmit={place} noValidate>
            <label className="visually-hidden" htmlFor={`${id}-reason`}>
              {t('brackets.reasonLabel')}
            </label>
            <input
              id={`${id}-reason`}
              className="agreement-input"
              value={reason}
              maxLength={500}
              placeholder={t('brackets.reasonPlaceholder')}
              onChange={(event) => setReason(event.target.value)}
            />
            <button type="submit" className="button-small" disabled={action.busy}>
              {t('brackets.place')}
            </button>
            <ActionError error={action.error} />
          </form>
        ))}
    </div>
  );
}
