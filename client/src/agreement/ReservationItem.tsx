import type { Reservation } from '@pactum/shared';
import { useTranslation } from 'react-i18next';
import { formatWhen } from '../lib/formatWhen.ts';
import { useAction } from '../lib/useAction.ts';
import { ActionError } from './ActionError.tsx';
import { withdrawReservation } from './agreementApi.ts';
import { PartyCode } from './PartyCode.tsx';

interface ReservationItemProps {
  treatyId: string;
  reservation: Reservation;
  partyName: string;
  /** The caller's delegation entered it, so the caller may withdraw it. */
  own: boolean;
}

export function ReservationItem({ treatyId, reservation, partyName, own }: ReservationItemProps) {
  const { t } = useTranslation('agreement');
  const action = useAction();
  return (
    <li className="reservation-item" data-testid="reservation">
      <p className="reservation-head">
        <PartyCode code={reservation.delegation} name={partyName} /> · {reservation.by.name} ·{' '}
        {formatWhen(reservation.at)}
      </p>
      <blockquote className="reservation-text">{reservation.text}</blockquote>
      {own && (
        <div className="agreement-controls">
          <button
            type="button"
            className="link-button"
            disabled={action.busy}
            onClick={() => action.run(() => withdrawReservation(treatyId, reservation.id))}
          >
            {t('reservations.withdraw')}
          </button>
          <ActionError error={action.error} />
        </div>
      )}
    </li>
  );
}
