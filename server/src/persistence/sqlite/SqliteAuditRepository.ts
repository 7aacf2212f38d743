import type { AuditActor, AuditEntry } from '@pactum/shared';
import type Database from 'better-sqlite3';
import type { AuditRepository } from '../AuditRepository.ts';
import { nextAuditEntry } from '../nextAuditEntry.ts';
import { type AuditRow, toAuditEntry } from '../rows/auditRows.ts';
import type { SqliteRun } from './SqliteRun.ts';

/** The audit chains in SQLite. */
export class SqliteAuditRepository implements AuditRepository {
  readonly #s;

  constructor(
    private readonly db: Database.Database,
    private readonly run: SqliteRun,
  ) {
    this.#s = {
      last: db.prepare('SELECT seq, hash FROM audit_log WHERE treaty_id = ? ORDER BY seq DESC LIMIT 1'),
      insert: db.prepare(
        `INSERT INTO audit_log (treaty_id, seq, at, actor, event, details, prev_hash, hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      all: db.prepare('SELECT * FROM audit_log WHERE treaty_id = ? ORDER BY seq'),
    };
  }

  append(
    treatyId: string,
    actor: AuditActor,
    event: string,
    details: Record<string, unknown> = {},
  ): Promise<AuditEntry> {
    return this.run(() =>
      this.db.transaction(() => {
        const last = (this.#s.last.get(treatyId) as { seq: number; hash: string } | undefined) ?? null;
        const entry = nextAuditEntry(last, treatyId, actor, event, details);
        this.#s.insert.run(
          treatyId,
          entry.seq,
          entry.at,
          JSON.stringify(actor),
          event,
          JSON.stringify(entry.details),
          entry.prevHash,
          entry.hash,
        );
        return entry;
      })(),
    );
  }

  entries(treatyId: string): Promise<AuditEntry[]> {
    return this.run(() => (this.#s.all.all(treatyId) as AuditRow[]).map(toAuditEntry));
  }
}
