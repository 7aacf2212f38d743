import type { InviteJSON, MemberJSON, Role } from '@pactum/shared';
import type Database from 'better-sqlite3';

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

interface RawInvite {
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

interface RawMember {
  id: string;
  treaty_id: string;
  session_id: string;
  display_name: string;
  delegation: string;
  role: Role;
  joined_at: string;
  revoked_at: string | null;
}

export interface MemberRow extends MemberJSON {
  sessionId: string;
}

const toMember = (row: RawMember): MemberRow => ({
  id: row.id,
  treatyId: row.treaty_id,
  sessionId: row.session_id,
  displayName: row.display_name,
  delegation: row.delegation,
  role: row.role,
  joinedAt: row.joined_at,
  revokedAt: row.revoked_at,
});

const toInvite = (row: RawInvite): InviteRow => ({
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

/**
 * Sessions, treaty members and invites, in the treaties' SQLite file. Secrets
 * (session cookies, invite tokens) are stored as SHA-256 hashes only.
 */
export class AccessStore {
  readonly #s;

  constructor(readonly db: Database.Database) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS sessions (
        id TEXT PRIMARY KEY,
        token_hash TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE IF NOT EXISTS invites (
        id TEXT PRIMARY KEY,
        treaty_id TEXT NOT NULL REFERENCES treaties(id) ON DELETE CASCADE,
        token_hash TEXT NOT NULL UNIQUE,
        delegation TEXT NOT NULL,
        role TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        max_uses INTEGER,
        uses INTEGER NOT NULL DEFAULT 0,
        revoked_at TEXT
      ) STRICT;
      CREATE TABLE IF NOT EXISTS members (
        id TEXT PRIMARY KEY,
        treaty_id TEXT NOT NULL REFERENCES treaties(id) ON DELETE CASCADE,
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        display_name TEXT NOT NULL,
        delegation TEXT NOT NULL,
        role TEXT NOT NULL,
        invite_id TEXT,
        joined_at TEXT NOT NULL,
        revoked_at TEXT
      ) STRICT;
      CREATE UNIQUE INDEX IF NOT EXISTS one_active_membership
        ON members (session_id, treaty_id) WHERE revoked_at IS NULL;
      CREATE INDEX IF NOT EXISTS members_by_treaty ON members (treaty_id, joined_at);
      CREATE INDEX IF NOT EXISTS members_by_session ON members (session_id);
      CREATE INDEX IF NOT EXISTS invites_by_treaty ON invites (treaty_id, created_at);
    `);
    this.#s = {
      insertSession: db.prepare(
        'INSERT INTO sessions (id, token_hash, display_name, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
      ),
      sessionByHash: db.prepare(
        `SELECT id, display_name AS displayName, expires_at AS expiresAt,
           (SELECT count(*) FROM members WHERE session_id = sessions.id AND revoked_at IS NULL) AS activeMemberships
         FROM sessions WHERE token_hash = ?`,
      ),
      touchSession: db.prepare('UPDATE sessions SET expires_at = ? WHERE id = ?'),
      endSession: db.prepare('UPDATE sessions SET expires_at = ? WHERE id = ? AND expires_at > ?'),
      moveMemberships: db.prepare('UPDATE members SET session_id = ? WHERE session_id = ?'),
      insertInvite: db.prepare(
        `INSERT INTO invites (id, treaty_id, token_hash, delegation, role, created_by, created_at, expires_at, max_uses)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      inviteByHash: db.prepare('SELECT * FROM invites WHERE token_hash = ?'),
      invite: db.prepare('SELECT * FROM invites WHERE id = ? AND treaty_id = ?'),
      invites: db.prepare('SELECT * FROM invites WHERE treaty_id = ? ORDER BY created_at DESC, id'),
      useInvite: db.prepare('UPDATE invites SET uses = uses + 1 WHERE id = ?'),
      revokeInvite: db.prepare('UPDATE invites SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
      insertMember: db.prepare(
        `INSERT INTO members (id, treaty_id, session_id, display_name, delegation, role, invite_id, joined_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      activeMember: db.prepare(
        'SELECT * FROM members WHERE session_id = ? AND treaty_id = ? AND revoked_at IS NULL',
      ),
      member: db.prepare('SELECT * FROM members WHERE id = ? AND treaty_id = ?'),
      members: db.prepare('SELECT * FROM members WHERE treaty_id = ? ORDER BY joined_at, id'),
      memberships: db.prepare(
        'SELECT * FROM members WHERE session_id = ? AND revoked_at IS NULL ORDER BY joined_at, id',
      ),
      memberCount: db.prepare('SELECT count(*) FROM members').pluck(),
      revokeMember: db.prepare('UPDATE members SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
    };
  }

  createSession(id: string, tokenHash: string, displayName: string, expiresAt: string): void {
    this.#s.insertSession.run(id, tokenHash, displayName, new Date().toISOString(), expiresAt);
  }

  sessionByTokenHash(tokenHash: string): SessionRow | null {
    return (this.#s.sessionByHash.get(tokenHash) as SessionRow | undefined) ?? null;
  }

  /** Moves the session's end (sliding idle timeout). */
  touchSession(id: string, expiresAt: string): void {
    this.#s.touchSession.run(expiresAt, id);
  }

  /** Ends the session at `at` (sign-out, or replaced by a fresh one); its token opens nothing after. */
  endSession(id: string, at: string): void {
    this.#s.endSession.run(at, id, at);
  }

  /** Hands every membership of one session to another (the person's new session after joining). */
  moveMemberships(fromSessionId: string, toSessionId: string): void {
    this.#s.moveMemberships.run(toSessionId, fromSessionId);
  }

  createInvite(invite: Omit<InviteRow, 'uses' | 'revokedAt'>, tokenHash: string): void {
    const { id, treatyId, delegation, role, createdBy, createdAt, expiresAt, maxUses } = invite;
    this.#s.insertInvite.run(
      id,
      treatyId,
      tokenHash,
      delegation,
      role,
      createdBy,
      createdAt,
      expiresAt,
      maxUses,
    );
  }

  inviteByTokenHash(tokenHash: string): InviteRow | null {
    const row = this.#s.inviteByHash.get(tokenHash) as RawInvite | undefined;
    return row ? toInvite(row) : null;
  }

  invite(treatyId: string, id: string): InviteRow | null {
    const row = this.#s.invite.get(id, treatyId) as RawInvite | undefined;
    return row ? toInvite(row) : null;
  }

  invites(treatyId: string): InviteRow[] {
    return (this.#s.invites.all(treatyId) as RawInvite[]).map(toInvite);
  }

  countInviteUse(id: string): void {
    this.#s.useInvite.run(id);
  }

  revokeInvite(id: string, at: string): void {
    this.#s.revokeInvite.run(at, id);
  }

  addMember(member: Omit<MemberRow, 'revokedAt'>, inviteId: string | null): void {
    const { id, treatyId, sessionId, displayName, delegation, role, joinedAt } = member;
    this.#s.insertMember.run(id, treatyId, sessionId, displayName, delegation, role, inviteId, joinedAt);
  }

  activeMember(sessionId: string, treatyId: string): MemberRow | null {
    const row = this.#s.activeMember.get(sessionId, treatyId) as RawMember | undefined;
    return row ? toMember(row) : null;
  }

  member(treatyId: string, id: string): MemberRow | null {
    const row = this.#s.member.get(id, treatyId) as RawMember | undefined;
    return row ? toMember(row) : null;
  }

  members(treatyId: string): MemberRow[] {
    return (this.#s.members.all(treatyId) as RawMember[]).map(toMember);
  }

  memberships(sessionId: string): MemberRow[] {
    return (this.#s.memberships.all(sessionId) as RawMember[]).map(toMember);
  }

  /** Members of any treaty, ever: 0 means nobody can get in yet. */
  memberCount(): number {
    return this.#s.memberCount.get() as number;
  }

  revokeMember(id: string, at: string): void {
    this.#s.revokeMember.run(at, id);
  }
}
