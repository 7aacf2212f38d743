import type { ClauseAgreement } from '@pactum/shared';
import { useTranslation } from 'react-i18next';
import { useToggle } from '../lib/useToggle.ts';
import { proposeOption } from './agreementApi.ts';
import type { AgreementRights } from './agreementRights.ts';
import { OptionItem } from './OptionItem.tsx';
import { paragraphsOf } from './paragraphsOf.ts';
import { TextForm } from './TextForm.tsx';

interface OptionsProps {
  treatyId: string;
  agreement: ClauseAgreement;
  partyName: (code: string) => string;
  rights: AgreementRights;
}

/** Alternative wordings of the article (Option A, B, …); options set aside stay for the record. */
export function Options({ treatyId, agreement, partyName, rights }: OptionsProps) {
  const { t } = useTranslation('agreement');
  const [proposing, propose, close] = useToggle();
  const current = agreement.options.filter((option) => !option.setAside);
  const setAside = agreement.options.filter((option) => option.setAside);
  const item = (option: ClauseAgreement['options'][number]) => (
    <OptionItem key={option.id} treatyId={treatyId} option={option} partyName={partyName} rights={rights} />
  );

  return (
    <>
      {agreement.options.length === 0 && <p className="agreement-note">{t('options.none')}</p>}
      {current.length > 0 && (
        <ul className="option-list" aria-label={t('options.title')}>
          {current.map(item)}
        </ul>
      )}
      {setAside.length > 0 && (
        <details className="agreement-details">
          <summary>{t('options.setAsideCount', { count: setAside.length })}</summary>
          <ul className="option-list">{setAside.map(item)}</ul>
        </details>
      )}
      {rights.negotiate &&
        (proposing ? (
          <TextForm
            label={t('options.wording')}
            submitLabel={t('options.submit')}
            hint={t('options.paragraphsHint')}
            rows={5}
            onSubmit={(text) => proposeOption(treatyId, agreement.clauseId, paragraphsOf(text))}
            onDone={close}
            onCancel={close}
          />
        ) : (
          <button type="button" className="link-button agreement-open-form" onClick={propose}>
            {t('options.propose')}
          </button>
        ))}
    </>
  );
}
