import type { InviteJSON, MemberJSON } from '@pactum/shared';
import type { InviteRow, MemberRow } from '../persistence/AccessRepository.ts';

/** Whether an invite can still be used at `now`, and if not, why. */
export function inviteState(
  invite: InviteRow,
  now = new Date(),
): 'usable' | 'revoked' | 'expired' | 'used up' {
  if (invite.revokedAt) return 'revoked';
  if (invite.expiresAt <= now.toISOString()) return 'expired';
  if (invite.maxUses !== null && invite.uses >= invite.maxUses) return 'used up';
  return 'usable';
}

export function inviteJSON(invite: InviteRow): InviteJSON {
  const { treatyId: _treatyId, ...rest } = invite;
  return { ...rest, usable: inviteState(invite) === 'usable' };
}

export function memberJSON({ sessionId: _sessionId, ...member }: MemberRow): MemberJSON {
  return member;
}
