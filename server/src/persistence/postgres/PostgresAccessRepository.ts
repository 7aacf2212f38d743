import type { AccessRepository, InviteRow, MemberRow, SessionRow } from '../AccessRepository.ts';
import { type RawInvite, type RawMember, toInvite, toMember } from '../rows/accessRows.ts';
import type { PostgresSession } from './PostgresSession.ts';

const MEMBER =
  'SELECT id, treaty_id, session_id, display_name, delegation, role, joined_at, revoked_at FROM members';
const INVITE = `SELECT id, treaty_id, delegation, role, created_by, created_at, expires_at, max_uses, uses, revoked_at
  FROM invites`;

/** Sessions, members and invites in Postgres. */
export class PostgresAccessRepository implements AccessRepository {
  constructor(private readonly session: PostgresSession) {}

  async createSession(id: string, tokenHash: string, displayName: string, expiresAt: string): Promise<void> {
    await this.session.query(
      'INSERT INTO sessions (id, token_hash, display_name, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)',
      [id, tokenHash, displayName, new Date().toISOString(), expiresAt],
    );
  }

  async sessionByTokenHash(tokenHash: string): Promise<SessionRow | null> {
    const { rows } = await this.session.query<Omit<SessionRow, 'activeMemberships'> & { active: string }>(
      `SELECT id, display_name AS "displayName", expires_at AS "expiresAt",
         (SELECT count(*) FROM members WHERE session_id = sessions.id AND revoked_at IS NULL) AS active
       FROM sessions WHERE token_hash = $1`,
      [tokenHash],
    );
    const row = rows[0];
    if (!row) return null;
    const { active, ...session } = row;
    return { ...session, activeMemberships: Number(active) };
  }

  async touchSession(id: string, expiresAt: string): Promise<void> {
    await this.session.query('UPDATE sessions SET expires_at = $1 WHERE id = $2', [expiresAt, id]);
  }

  async endSession(id: string, at: string): Promise<void> {
    await this.session.query('UPDATE sessions SET expires_at = $1 WHERE id = $2 AND expires_at > $1', [
      at,
      id,
    ]);
  }

  async moveMemberships(fromSessionId: string, toSessionId: string): Promise<void> {
    await this.session.query('UPDATE members SET session_id = $1 WHERE session_id = $2', [
      toSessionId,
      fromSessionId,
    ]);
  }

  async createInvite(invite: Omit<InviteRow, 'uses' | 'revokedAt'>, tokenHash: string): Promise<void> {
    const { id, treatyId, delegation, role, createdBy, createdAt, expiresAt, maxUses } = invite;
    await this.session.query(
      `INSERT INTO invites (id, treaty_id, token_hash, delegation, role, created_by, created_at, expires_at, max_uses)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [id, treatyId, tokenHash, delegation, role, createdBy, createdAt, expiresAt, maxUses],
    );
  }

  async inviteByTokenHash(tokenHash: string): Promise<InviteRow | null> {
    const { rows } = await this.session.query<RawInvite>(`${INVITE} WHERE token_hash = $1`, [tokenHash]);
    return rows[0] ? toInvite(rows[0]) : null;
  }

  async invite(treatyId: string, id: string): Promise<InviteRow | null> {
    const { rows } = await this.session.query<RawInvite>(`${INVITE} WHERE id = $1 AND treaty_id = $2`, [
      id,
      treatyId,
    ]);
    return rows[0] ? toInvite(rows[0]) : null;
  }

  async invites(treatyId: string): Promise<InviteRow[]> {
    const { rows } = await this.session.query<RawInvite>(
      `${INVITE} WHERE treaty_id = $1 ORDER BY created_at DESC, id`,
      [treatyId],
    );
    return rows.map(toInvite);
  }

  async countInviteUse(id: string): Promise<void> {
    await this.session.query('UPDATE invites SET uses = uses + 1 WHERE id = $1', [id]);
  }

  async revokeInvite(id: string, at: string): Promise<void> {
    await this.session.query('UPDATE invites SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL', [
      at,
      id,
    ]);
  }

  async addMember(member: Omit<MemberRow, 'revokedAt'>, inviteId: string | null): Promise<void> {
    const { id, treatyId, sessionId, displayName, delegation, role, joinedAt } = member;
    await this.session.query(
      `INSERT INTO members (id, treaty_id, session_id, display_name, delegation, role, invite_id, joined_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [id, treatyId, sessionId, displayName, delegation, role, inviteId, joinedAt],
    );
  }

  async activeMember(sessionId: string, treatyId: string): Promise<MemberRow | null> {
    const { rows } = await this.session.query<RawMember>(
      `${MEMBER} WHERE session_id = $1 AND treaty_id = $2 AND revoked_at IS NULL`,
      [sessionId, treatyId],
    );
    return rows[0] ? toMember(rows[0]) : null;
  }

  async member(treatyId: string, id: string): Promise<MemberRow | null> {
    const { rows } = await this.session.query<RawMember>(`${MEMBER} WHERE id = $1 AND treaty_id = $2`, [
      id,
      treatyId,
    ]);
    return rows[0] ? toMember(rows[0]) : null;
  }

  async members(treatyId: string): Promise<MemberRow[]> {
    const { rows } = await this.session.query<RawMember>(
      `${MEMBER} WHERE treaty_id = $1 ORDER BY joined_at, id`,
      [treatyId],
    );
    return rows.map(toMember);
  }

  async memberships(sessionId: string): Promise<MemberRow[]> {
    const { rows } = await this.session.query<RawMember>(
      `${MEMBER} WHERE session_id = $1 AND revoked_at IS NULL ORDER BY joined_at, id`,
      [sessionId],
    );
    return rows.map(toMember);
  }

  async memberCount(): Promise<number> {
    const { rows } = await this.session.query<{ n: string }>('SELECT count(*) AS n FROM members');
    return Number(rows[0]?.n);
  }

  async revokeMember(id: string, at: string): Promise<void> {
    await this.session.query('UPDATE members SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL', [
      at,
      id,
    ]);
  }
}
