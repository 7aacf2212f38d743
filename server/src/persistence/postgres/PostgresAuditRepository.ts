import type { AuditActor, AuditEntry } from '@pactum/shared';
import type { AuditRepository } from '../AuditRepository.ts';
import { nextAuditEntry } from '../nextAuditEntry.ts';
import { type AuditRow, toAuditEntry } from '../rows/auditRows.ts';
import { LOCK_PURPOSE, treatyLockKey } from './advisoryLockKey.ts';
import type { PostgresSession } from './PostgresSession.ts';

/**
 * The audit chains in Postgres. Appends to one treaty's chain queue on a lock
 * held until their transaction ends, so entries from several server processes
 * still form one unbroken chain.
 */
export class PostgresAuditRepository implements AuditRepository {
  constructor(private readonly session: PostgresSession) {}

  append(
    treatyId: string,
    actor: AuditActor,
    event: string,
    details: Record<string, unknown> = {},
  ): Promise<AuditEntry> {
    return this.session.atomically(async (session) => {
      await session.query(
        'SELECT pg_advisory_xact_lock($1, $2)',
        treatyLockKey(LOCK_PURPOSE.audit, treatyId),
      );
      // Read committed: this statement, started after the lock, sees the entry of whoever held it before.
      const { rows } = await session.query<{ seq: string; hash: string }>(
        'SELECT seq, hash FROM audit_log WHERE treaty_id = $1 ORDER BY seq DESC LIMIT 1',
        [treatyId],
      );
      const last = rows[0] ? { seq: Number(rows[0].seq), hash: rows[0].hash } : null;
      const entry = nextAuditEntry(last, treatyId, actor, event, details);
      await session.query(
        `INSERT INTO audit_log (treaty_id, seq, at, actor, event, details, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          treatyId,
          entry.seq,
          entry.at,
          JSON.stringify(actor),
          event,
          JSON.stringify(entry.details),
          entry.prevHash,
          entry.hash,
        ],
      );
      return entry;
    });
  }

  async entries(treatyId: string): Promise<AuditEntry[]> {
    const { rows } = await this.session.query<AuditRow>(
      'SELECT * FROM audit_log WHERE treaty_id = $1 ORDER BY seq',
      [treatyId],
    );
    return rows.map(toAuditEntry);
  }
}
