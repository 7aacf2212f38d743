import type { ClauseAgreement } from '@pactum/shared';
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
  const [entering, enter, close] = useToggle();
  const { reservations } = agreement;
  return (
    <>
      {reservations.length === 0 ? (
        <p className="agreement-note">No reservations.</p>
      ) : (
        <ul className="reservation-list" aria-label="Reservations">
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
            label={`Reservation of ${rights.delegation}`}
            submitLabel="Enter reservation"
            hint={`A formal statement excluding or modifying the effect of this article for ${rights.delegation}. Use a comment for anything else.`}
            onSubmit={(text) => enterReservation(treatyId, agreement.clauseId, text)}
            onDone={close}
            onCancel={close}
          />
        ) : (
          <button type="button" className="link-button agreement-open-form" onClick={enter}>
            Enter a reservation
          </button>
        ))}
    </>
  );
}
