import type { InviteJSON } from '@pactum/shared';
import { i18next } from '../i18n/i18n.ts';

export type InviteStatus = 'active' | 'revoked' | 'expired' | 'used up';

/** Why an invite can or cannot be used any more, as of `now`; a revocation outranks the rest. */
export function inviteStatus(invite: InviteJSON, now = new Date()): InviteStatus {
  if (invite.revokedAt !== null) return 'revoked';
  if (invite.maxUses !== null && invite.uses >= invite.maxUses) return 'used up';
  if (Date.parse(invite.expiresAt) <= now.getTime()) return 'expired';
  return 'active';
}

/** "2 of 5 uses", or "1 used · unlimited" when there is no limit. */
export function inviteUses({ uses, maxUses }: Pick<InviteJSON, 'uses' | 'maxUses'>): string {
  if (maxUses !== null) return i18next.t('access:invites.usesOf', { uses, count: maxUses });
  return i18next.t('access:invites.usesUnlimited', { count: uses });
}
