import type { MemberJSON, Role } from '@pactum/shared';

export interface SessionRow {
  id: string;
  displayName: string;
  /** Moves forward with each request (an idle timeout); set to the past when the session ends. */
  expiresAt: string;
  /** Treaties it is an unrevoked member of: a session with none left opens nothing. */
  activeMemberships: number;
}

export interface InviteRow {
  id: string;
  treatyId: string;
  delegation: string;
  role: Role;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  maxUses: number | null;
  uses: number;
  revokedAt: string | null;
}

export interface MemberRow extends MemberJSON {
  sessionId: string;
}

/** Sessions, treaty members and invites. Secrets (session cookies, invite tokens) are stored as SHA-256 hashes only. */
export interface AccessRepository {
  createSession(id: string, tokenHash: string, displayName: string, expiresAt: string): Promise<void>;
  sessionByTokenHash(tokenHash: string): Promise<SessionRow | null>;
  /** Moves the session's end (sliding idle timeout). */
  touchSession(id: string, expiresAt: string): Promise<void>;
  /** Ends the session at `at` (sign-out, or replaced by a fresh one); its token opens nothing after. */
  endSession(id: string, at: string): Promise<void>;
  /** Hands every membership of one session to another (the person's new session after joining). */
  moveMemberships(fromSessionId: string, toSessionId: string): Promise<void>;
  createInvite(invite: Omit<InviteRow, 'uses' | 'revokedAt'>, tokenHash: string): Promise<void>;
  inviteByTokenHash(tokenHash: string): Promise<InviteRow | null>;
  invite(treatyId: string, id: string): Promise<InviteRow | null>;
  invites(treatyId: string): Promise<InviteRow[]>;
  countInviteUse(id: string): Promise<void>;
  revokeInvite(id: string, at: string): Promise<void>;
  addMember(member: Omit<MemberRow, 'revokedAt'>, inviteId: string | null): Promise<void>;
  activeMember(sessionId: string, treatyId: string): Promise<MemberRow | null>;
  member(treatyId: string, id: string): Promise<MemberRow | null>;
  members(treatyId: string): Promise<MemberRow[]>;
  memberships(sessionId: string): Promise<MemberRow[]>;
  /** Members of any treaty, ever: 0 means nobody can get in yet. */
  memberCount(): Promise<number>;
  revokeMember(id: string, at: string): Promise<void>;
}
