import type Database from 'better-sqlite3';
import type { AccessRepository, InviteRow, MemberRow, SessionRow } from '../AccessRepository.ts';
import { type RawInvite, type RawMember, toInvite, toMember } from '../rows/accessRows.ts';
import type { SqliteRun } from './SqliteRun.ts';

/** Sessions, members and invites in SQLite. */
export class SqliteAccessRepository implements AccessRepository {
  readonly #s;

  constructor(
    db: Database.Database,
    private readonly run: SqliteRun,
  ) {
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

  createSession(id: string, tokenHash: string, displayName: string, expiresAt: string): Promise<void> {
    return this.run(() => {
      this.#s.insertSession.run(id, tokenHash, displayName, new Date().toISOString(), expiresAt);
    });
  }

  sessionByTokenHash(tokenHash: string): Promise<SessionRow | null> {
    return this.run(() => (this.#s.sessionByHash.get(tokenHash) as SessionRow | undefined) ?? null);
  }

  touchSession(id: string, expiresAt: string): Promise<void> {
    return this.run(() => {
      this.#s.touchSession.run(expiresAt, id);
    });
  }

  endSession(id: string, at: string): Promise<void> {
    return this.run(() => {
      this.#s.endSession.run(at, id, at);
    });
  }

  moveMemberships(fromSessionId: string, toSessionId: string): Promise<void> {
    return this.run(() => {
      this.#s.moveMemberships.run(toSessionId, fromSessionId);
    });
  }

  createInvite(invite: Omit<InviteRow, 'uses' | 'revokedAt'>, tokenHash: string): Promise<void> {
    const { id, treatyId, delegation, role, createdBy, createdAt, expiresAt, maxUses } = invite;
    return this.run(() => {
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
    });
  }

  inviteByTokenHash(tokenHash: string): Promise<InviteRow | null> {
    return this.run(() => {
      const row = this.#s.inviteByHash.get(tokenHash) as RawInvite | undefined;
      return row ? toInvite(row) : null;
    });
  }

  invite(treatyId: string, id: string): Promise<InviteRow | null> {
    return this.run(() => {
      const row = this.#s.invite.get(id, treatyId) as RawInvite | undefined;
      return row ? toInvite(row) : null;
    });
  }

  invites(treatyId: string): Promise<InviteRow[]> {
    return this.run(() => (this.#s.invites.all(treatyId) as RawInvite[]).map(toInvite));
  }

  countInviteUse(id: string): Promise<void> {
    return this.run(() => {
      this.#s.useInvite.run(id);
    });
  }

  revokeInvite(id: string, at: string): Promise<void> {
    return this.run(() => {
      this.#s.revokeInvite.run(at, id);
    });
  }

  addMember(member: Omit<MemberRow, 'revokedAt'>, inviteId: string | null): Promise<void> {
    const { id, treatyId, sessionId, displayName, delegation, role, joinedAt } = member;
    return this.run(() => {
      this.#s.insertMember.run(id, treatyId, sessionId, displayName, delegation, role, inviteId, joinedAt);
    });
  }

  activeMember(sessionId: string, treatyId: string): Promise<MemberRow | null> {
    return this.run(() => {
      const row = this.#s.activeMember.get(sessionId, treatyId) as RawMember | undefined;
      return row ? toMember(row) : null;
    });
  }

  member(treatyId: string, id: string): Promise<MemberRow | null> {
    return this.run(() => {
      const row = this.#s.member.get(id, treatyId) as RawMember | undefined;
      return row ? toMember(row) : null;
    });
  }

  members(treatyId: string): Promise<MemberRow[]> {
    return this.run(() => (this.#s.members.all(treatyId) as RawMember[]).map(toMember));
  }

  memberships(sessionId: string): Promise<MemberRow[]> {
    return this.run(() => (this.#s.memberships.all(sessionId) as RawMember[]).map(toMember));
  }

  memberCount(): Promise<number> {
    return this.run(() => this.#s.memberCount.get() as number);
  }

  revokeMember(id: string, at: string): Promise<void> {
    return this.run(() => {
      this.#s.revokeMember.run(at, id);
    });
  }
}
