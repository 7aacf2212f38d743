import { delegationColor, type MemberJSON, ROLE_LABEL } from '@pactum/shared';
import { useState } from 'react';
import { formatWhen } from '../lib/formatWhen.ts';
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
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const revoked = member.revokedAt !== null;

  const revoke = async () => {
    setBusy(true);
    setError(null);
    try {
      await revokeMember(treatyId, member.id);
      setConfirming(false);
      onRevoked();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <tr className={revoked ? 'is-revoked' : undefined} data-testid="member-row" data-member-id={member.id}>
      <td>
        <span className="member-name">{member.displayName}</span>
        {isSelf && <span className="you-tag">you</span>}
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
        <span className={`role-badge is-${member.role}`}>{ROLE_LABEL[member.role]}</span>
      </td>
      <td className="access-when">{formatWhen(member.joinedAt)}</td>
      <td className="access-actions">
        {revoked && member.revokedAt && (
          <span className="status-pill is-revoked">Revoked {formatWhen(member.revokedAt)}</span>
        )}
        {!revoked && canRevoke && !confirming && (
          <button type="button" className="button-small button-danger" onClick={() => setConfirming(true)}>
            Revoke
          </button>
        )}
        {!revoked && confirming && (
          <ConfirmFieldset className="confirm-inline" onCancel={() => setConfirming(false)}>
            <legend className="visually-hidden">Revoke {member.displayName}’s access?</legend>
            <span>Closes their page now.</span>
            <button type="button" className="button-small button-danger" disabled={busy} onClick={revoke}>
              Revoke access
            </button>
            <button type="button" className="button-small" onClick={() => setConfirming(false)}>
              Cancel
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
