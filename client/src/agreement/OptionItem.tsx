import type { ClauseOption } from '@pactum/shared';
import { formatWhen } from '../lib/formatWhen.ts';
import { useAction } from '../lib/useAction.ts';
import { ActionError } from './ActionError.tsx';
import { adoptOption, supportOption } from './agreementApi.ts';
import type { AgreementRights } from './agreementRights.ts';
import { PartyCode } from './PartyCode.tsx';

interface OptionItemProps {
  treatyId: string;
  option: ClauseOption;
  partyName: (code: string) => string;
  rights: AgreementRights;
}

function optionState(option: ClauseOption): 'adopted' | 'set-aside' | 'open' {
  if (option.adopted) return 'adopted';
  return option.setAside ? 'set-aside' : 'open';
}

/** One alternative wording, its supporters, and support or adoption while it is open. */
export function OptionItem({ treatyId, option, partyName, rights }: OptionItemProps) {
  const action = useAction();
  const state = optionState(option);
  const supports = rights.delegation !== null && option.supporters.includes(rights.delegation);

  return (
    <li className="option-item" data-testid="option" data-state={state}>
      <div className="option-head">
        <strong>Option {option.label}</strong>
        {option.adopted && (
          <span className="option-state">
            adopted by {option.adopted.by.name} · {formatWhen(option.adopted.at)}
          </span>
        )}
        {option.setAside && <span className="option-state">set aside</span>}
      </div>
      <div className="option-text">
        {option.paragraphs.map((paragraph, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of an option never change.
          <p key={index}>{paragraph}</p>
        ))}
      </div>
      <p className="option-meta">
        {option.supporters.length === 0 ? (
          'No supporters yet'
        ) : (
          <>
            Supported by{' '}
            {option.supporters.map((code, index) => (
              <span key={code}>
                {index > 0 && ', '}
                <PartyCode code={code} name={partyName(code)} />
              </span>
            ))}
          </>
        )}{' '}
        · proposed by {option.proposedBy.name} ({option.proposedBy.delegation})
      </p>
      {state === 'open' && (rights.negotiate || rights.adopt) && (
        <div className="agreement-controls">
          {rights.negotiate && (
            <button
              type="button"
              className="button-small"
              disabled={action.busy}
              onClick={() => action.run(() => supportOption(treatyId, option.id, !supports))}
            >
              {supports ? 'Withdraw support' : 'Support'}
            </button>
          )}
          {rights.adopt && (
            <button
              type="button"
              className="button-small button-accent"
              disabled={action.busy}
              title="Make this wording the text of the article; the other options are set aside"
              onClick={() => action.run(() => adoptOption(treatyId, option.id))}
            >
              Adopt option {option.label}
            </button>
          )}
          <ActionError error={action.error} />
        </div>
      )}
    </li>
  );
}
