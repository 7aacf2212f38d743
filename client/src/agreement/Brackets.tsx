import type { ClauseAgreement } from '@pactum/shared';
import { type FormEvent, useId, useState } from 'react';
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
      <h4 className="agreement-subhead">Brackets</h4>
      {brackets.length === 0 ? (
        <p className="agreement-note">Nobody brackets this article.</p>
      ) : (
        <ul className="bracket-list" aria-label="Brackets">
          {brackets.map((bracket) => (
            <li key={bracket.delegation} className="bracket-row" data-testid="bracket">
              <span className="bracket-mark" aria-hidden="true">
                [ ]
              </span>
              <PartyCode code={bracket.delegation} name={partyName(bracket.delegation)} />
              <span className="bracket-reason">
                {bracket.reason ? `“${bracket.reason}”` : 'no reason given'}
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
              Lift our bracket
            </button>
            <ActionError error={action.error} />
          </div>
        ) : (
          <form className="agreement-controls" onSubmit={place} noValidate>
            <label className="visually-hidden" htmlFor={`${id}-reason`}>
              Reason for the bracket (optional)
            </label>
            <input
              id={`${id}-reason`}
              className="agreement-input"
              value={reason}
              maxLength={500}
              placeholder="Reason (optional)"
              onChange={(event) => setReason(event.target.value)}
            />
            <button type="submit" className="button-small" disabled={action.busy}>
              Bracket this article
            </button>
            <ActionError error={action.error} />
          </form>
        ))}
    </div>
  );
}
