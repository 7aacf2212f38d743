import type { ClauseAgreement } from '@pactum/shared';
import { useTranslation } from 'react-i18next';
import { useToggle } from '../lib/useToggle.ts';
import { enterReservation } from './agreementApi.ts';
import type { AgreementRights } from './agreementRights.ts';
import { ReservationItem } from './ReservationItem.tsx';
import { TextForm } from './TextForm.tsx';

interface ReservationsProps {
  treatyId: string;
  agreement: ClauseAgreement;
  partyName: (code: string) => string;
  rights: AgreementRights;
}

/** Formal statements by which a delegation excludes or modifies the article's effect for itself. */
export function Reservations({ treatyId, agreement, partyName, rights }: ReservationsProps) {
  const { t } = useTranslation('agreement');
  const [entering, enter, close] = useToggle();
  const { reservations } = agreement;
  return (
    <>
      {reservations.length === 0 ? (
        <p className="agreement-note">{t('reservations.none')}</p>
      ) : (
        <ul className="reservation-list" aria-label={t('reservations.title')}>
          {reservations.map((reservation) => (
            <ReservationItem
              key={reservation.id}
              treatyId={treatyId}
              reservation={reservation}
              partyName={partyName(reservation.delegation)}
              own={reservation.delegation === rights.delegation && rights.negotiate}
            />
          ))}
        </ul>
      )}
      {rights.negotiate &&
        rights.delegation &&
        (entering ? (
          <TextForm
            label={t('reservations.of', { delegation: rights.delegation })}
            submitLabel={t('reservations.submit')}
            hint={t('reservations.hint', { delegation: rights.delegation })}
            onSubmit={(text) => enterReservation(treatyId, agreement.clauseId, text)}
            onDone={close}
            onCancel={close}
          />
        ) : (
          <button type="button" className="link-button agreement-open-form" onClick={enter}>
            {t('reservations.enter')}
          </button>
        ))}
    </>
  );
}
