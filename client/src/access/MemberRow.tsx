import { delegationColor, type MemberJSON } from '@pactum/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatWhen } from '../lib/formatWhen.ts';
import { useAction } from '../lib/useAction.ts';
import { ConfirmFieldset } from '../shell/ConfirmFieldset.tsx';
import { revokeMember } from './accessApi.ts';

interface MemberRowProps {
  treatyId: string;
  member: MemberJSON;
  isSelf: boolean;
  canRevoke: boolean;
  onRevoked: () => void;
}

/** One member; the chair revokes in two clicks, since it closes that person's page at once. */
export function MemberRow({ treatyId, member, isSelf, canRevoke, onRevoked }: MemberRowProps) {
  const { t } = useTranslation(['access', 'common']);
  const [confirming, setConfirming] = useState(false);
  const { busy, error, run } = useAction();
  const revoked = member.revokedAt !== null;

  const revoke = () =>
    run(async () => {
      await revokeMember(treatyId, member.id);
      setConfirming(false);
      onRevoked();
    });

  return (
    <tr className={revoked ? 'is-revoked' : undefined} data-testid="member-row" data-member-id={member.id}>
      <td>
        <span className="member-name">{member.displayName}</span>
        {isSelf && <span className="you-tag">{t('members.you')}</span>}
      </td>
      <td>
        <span className="delegation-code">
          <span
            className="color-dot"
            style={{ backgroundColor: delegationColor(member.delegation) }}
            aria-hidden="true"
          />
          {member.delegation}
        </span>
      </td>
      <td>
        <span className={`role-badge is-${member.role}`}>{t(`role.${member.role}`)}</span>
      </td>
      <td className="access-when">{formatWhen(member.joinedAt)}</td>
      <td className="access-actions">
        {revoked && member.revokedAt && (
          <span className="status-pill is-revoked">
            {t('members.revokedAt', { when: formatWhen(member.revokedAt) })}
          </span>
        )}
        {!revoked && canRevoke && !confirming && (
          <button type="button" className="button-small button-danger" onClick={() => setConfirming(true)}>
            {t('members.revoke')}
          </button>
        )}
        {!revoked && confirming && (
          <ConfirmFieldset className="confirm-inline" onCancel={() => setConfirming(false)}>
            <legend className="visually-hidden">
              {t('members.revokeQuestion', { name: member.displayName })}
            </legend>
            <span>{t('members.revokeEffect')}</span>
            <button type="button" className="button-small button-danger" disabled={busy} onClick={revoke}>
              {t('members.revokeConfirm')}
            </button>
            <button type="button" className="button-small" onClick={() => setConfirming(false)}>
              {t('common:cancel')}
            </button>
          </ConfirmFieldset>
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
