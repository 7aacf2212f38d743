import type { ClauseAgreement } from '@pactum/shared';
import { Trans, useTranslation } from 'react-i18next';
import type { AgreementRights } from './agreementRights.ts';
import { PartyCode } from './PartyCode.tsx';
import { SignOffControls } from './SignOffControls.tsx';
import { SignOffRow } from './SignOffRow.tsx';

interface SignOffsProps {
  treatyId: string;
  agreement: ClauseAgreement;
  parties: ReadonlyArray<{ code: string; name: string }>;
  rights: AgreementRights;
}

/** Each party's sign-off (current or stale), who has yet to sign, and one's own controls. */
export function SignOffs({ treatyId, agreement, parties, rights }: SignOffsProps) {
  const { t } = useTranslation('agreement');
  const rows = parties.flatMap((party) => {
    const signoff = agreement.signoffs.find((s) => s.delegation === party.code);
    return signoff ? [{ signoff, name: party.name }] : [];
  });
  const unsigned = parties.filter((party) => !rows.some((row) => row.signoff.delegation === party.code));

  return (
    <>
      {rows.length > 0 && (
        <ul className="signoff-list" aria-label={t('signOffs.title')}>
          {rows.map(({ signoff, name }) => (
            <SignOffRow key={signoff.delegation} signoff={signoff} partyName={name} />
          ))}
        </ul>
      )}
      {parties.length === 0 && <p className="panel-note">{t('signOffs.noParties')}</p>}
      {parties.length > 0 && rows.length === 0 && <p className="agreement-note">{t('signOffs.none')}</p>}
      {rows.length > 0 && unsigned.length > 0 && (
        <p className="agreement-note">
          <Trans
            t={t}
            i18nKey="signOffs.notYet"
            components={{
              codes: (
                <span>
                  {unsigned.map((party, index) => (
                    <span key={party.code}>
                      {index > 0 && ', '}
                      <PartyCode code={party.code} name={party.name} />
                    </span>
                  ))}
                </span>
              ),
            }}
          />
        </p>
      )}
      {rights.negotiate && !rights.signOff && (
        <p className="agreement-note">{t('signOffs.notAParty', { delegation: rights.delegation })}</p>
      )}
      {rights.signOff && rights.delegation && (
        <SignOffControls treatyId={treatyId} agreement={agreement} delegation={rights.delegation} />
      )}
    </>
  );
}
