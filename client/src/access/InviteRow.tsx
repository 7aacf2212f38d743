import type { InviteJSON } from '@pactum/shared';
import { useTranslation } from 'react-i18next';
import { formatWhen } from '../lib/formatWhen.ts';
import { useAction } from '../lib/useAction.ts';
import { revokeInvite } from './accessApi.ts';
import { type InviteStatus, inviteStatus, inviteUses } from './inviteStatus.ts';

const STATUS_KEY = {
  active: 'invites.status.active',
  revoked: 'invites.status.revoked',
  expired: 'invites.status.expired',
  'used up': 'invites.status.usedUp',
} as const satisfies Record<InviteStatus, string>;

interface InviteRowProps {
  treatyId: string;
  invite: InviteJSON;
  onRevoked: () => void;
}

export function InviteRow({ treatyId, invite, onRevoked }: InviteRowProps) {
  const { t } = useTranslation('access');
  const { busy, error, run } = useAction();
  const status = inviteStatus(invite);

  const revoke = () =>
    run(async () => {
      await revokeInvite(treatyId, invite.id);
      onRevoked();
    });

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
        <span className={`role-badge is-${invite.role}`}>{t(`role.${invite.role}`)}</span>
      </td>
      <td>{inviteUses(invite)}</td>
      <td className="access-when">{formatWhen(invite.expiresAt)}</td>
      <td>{invite.createdBy}</td>
      <td className="access-actions">
        <span className={`status-pill is-${status.replace(' ', '-')}`}>{t(STATUS_KEY[status])}</span>
        {status === 'active' && (
          <button type="button" className="button-small button-danger" disabled={busy} onClick={revoke}>
            {t('invites.revoke')}
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
