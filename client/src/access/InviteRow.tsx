import { type InviteJSON, ROLE_LABEL } from '@pactum/shared';
import { useState } from 'react';
import { formatWhen } from '../lib/formatWhen.ts';
import { revokeInvite } from './accessApi.ts';
import { type InviteStatus, inviteStatus, inviteUses } from './inviteStatus.ts';

const STATUS_LABEL: Record<InviteStatus, string> = {
  active: 'Active',
  revoked: 'Revoked',
  expired: 'Expired',
  'used up': 'Used up',
};

interface InviteRowProps {
  treatyId: string;
  invite: InviteJSON;
  onRevoked: () => void;
}

export function InviteRow({ treatyId, invite, onRevoked }: InviteRowProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const status = inviteStatus(invite);

  const revoke = async () => {
    setBusy(true);
    setError(null);
    try {
      await revokeInvite(treatyId, invite.id);
      onRevoked();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <tr
      data-testid="invite-row"
      data-invite-id={invite.id}
      className={status === 'active' ? undefined : 'is-spent'}
    >
      <td>
        <span className="delegation-code">{invite.delegation}</span>
      </td>
      <td>
        <span className={`role-badge is-${invite.role}`}>{ROLE_LABEL[invite.role]}</span>
      </td>
      <td>{inviteUses(invite)}</td>
      <td className="access-when">{formatWhen(invite.expiresAt)}</td>
      <td>{invite.createdBy}</td>
      <td className="access-actions">
        <span className={`status-pill is-${status.replace(' ', '-')}`}>{STATUS_LABEL[status]}</span>
        {status === 'active' && (
          <button type="button" className="button-small button-danger" disabled={busy} onClick={revoke}>
            Revoke invite
          </button>
        )}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </td>
    </tr>
  );
}
