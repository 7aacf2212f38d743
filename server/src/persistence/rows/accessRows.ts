import type { Role } from '@pactum/shared';
import type { InviteRow, MemberRow } from '../AccessRepository.ts';

/** An `invites` row as both backends return it. */
export interface RawInvite {
  id: string;
  treaty_id: string;
  delegation: string;
  role: Role;
  created_by: string;
  created_at: string;
  expires_at: string;
  max_uses: number | null;
  uses: number;
  revoked_at: string | null;
}

/** A `members` row as both backends return it. */
export interface RawMember {
  id: string;
  treaty_id: string;
  session_id: string;
  display_name: string;
  delegation: string;
  role: Role;
  joined_at: string;
  revoked_at: string | null;
}

export const toMember = (row: RawMember): MemberRow => ({
  id: row.id,
  treatyId: row.treaty_id,
  sessionId: row.session_id,
  displayName: row.display_name,
  delegation: row.delegation,
  role: row.role,
  joinedAt: row.joined_at,
  revokedAt: row.revoked_at,
});

export const toInvite = (row: RawInvite): InviteRow => ({
  id: row.id,
  treatyId: row.treaty_id,
  delegation: row.delegation,
  role: row.role,
  createdBy: row.created_by,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  maxUses: row.max_uses,
  uses: row.uses,
  revokedAt: row.revoked_at,
});
