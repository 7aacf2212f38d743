import type { ClauseOption } from '@pactum/shared';
import { Trans, useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('agreement');
  const action = useAction();
  const state = optionState(option);
  const supports = rights.delegation !== null && option.supporters.includes(rights.delegation);

  return (
    <li className="option-item" data-testid="option" data-state={state}>
      <div className="option-head">
        <strong>{t('options.option', { label: option.label })}</strong>
        {option.adopted && (
          <span className="option-state">
            {t('options.adoptedBy', { name: option.adopted.by.name, when: formatWhen(option.adopted.at) })}
          </span>
        )}
        {option.setAside && <span className="option-state">{t('options.setAside')}</span>}
      </div>
      <div className="option-text">
        {option.paragraphs.map((paragraph, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of an option never change.
          <p key={index}>{paragraph}</p>
        ))}
      </div>
      <p className="option-meta">
        {option.supporters.length === 0 ? (
          t('options.noSupporters')
        ) : (
          <Trans
            t={t}
            i18nKey="options.supportedBy"
            components={{
              codes: (
                <span>
                  {option.supporters.map((code, index) => (
                    <span key={code}>
                      {index > 0 && ', '}
                      <PartyCode code={code} name={partyName(code)} />
                    </span>
                  ))}
                </span>
              ),
            }}
          />
        )}{' '}
        {t('options.proposedBy', { name: option.proposedBy.name, delegation: option.proposedBy.delegation })}
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
              {supports ? t('options.withdrawSupport') : t('options.support')}
            </button>
          )}
          {rights.adopt && (
            <button
              type="button"
              className="button-small button-accent"
              disabled={action.busy}
              title={t('options.adoptTitle')}
              onClick={() => action.run(() => adoptOption(treatyId, option.id))}
            >
              {t('options.adopt', { label: option.label })}
            </button>
          )}
          <ActionError error={action.error} />
        </div>
      )}
    </li>
  );
}
