import {
  type AuditActor,
  type AuditEntry,
  type AuditVerification,
  auditEntryHash,
  GENESIS_HASH,
  verifyAuditChain,
} from '@pactum/shared';
import type Database from 'better-sqlite3';

interface AuditRow {
  treaty_id: string;
  seq: number;
  at: string;
  actor: string;
  event: string;
  details: string;
  prev_hash: string;
  hash: string;
}

const toEntry = (row: AuditRow): AuditEntry => ({
  treatyId: row.treaty_id,
  seq: row.seq,
  at: row.at,
  actor: JSON.parse(row.actor) as AuditActor,
  event: row.event,
  details: JSON.parse(row.details) as Record<string, unknown>,
  prevHash: row.prev_hash,
  hash: row.hash,
});

/**
 * Per treaty, an append-only log of significant events in which each entry
 * carries the hash of the previous one, so a changed, deleted or reordered
 * entry breaks the chain. Appends run inside the caller's transaction when
 * there is one, so an action and its entry are stored together or not at all.
 */
export class AuditLog {
  readonly #s;

  constructor(readonly db: Database.Database) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS audit_log (
        treaty_id TEXT NOT NULL REFERENCES treaties(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        event TEXT NOT NULL,
        details TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL,
        PRIMARY KEY (treaty_id, seq)
      ) STRICT;
    `);
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
  ): AuditEntry {
    return this.db.transaction(() => {
      const last = this.#s.last.get(treatyId) as { seq: number; hash: string } | undefined;
      const entry = {
        treatyId,
        seq: (last?.seq ?? 0) + 1,
        at: new Date().toISOString(),
        actor,
        event,
        // A JSON round trip now, so the hash covers exactly what is read back later.
        details: JSON.parse(JSON.stringify(details)) as Record<string, unknown>,
        prevHash: last?.hash ?? GENESIS_HASH,
      };
      const hash = auditEntryHash(entry);
      this.#s.insert.run(
        treatyId,
        entry.seq,
        entry.at,
        JSON.stringify(actor),
        event,
        JSON.stringify(entry.details),
        entry.prevHash,
        hash,
      );
      return { ...entry, hash };
    })();
  }

  entries(treatyId: string): AuditEntry[] {
    return (this.#s.all.all(treatyId) as AuditRow[]).map(toEntry);
  }

  verify(treatyId: string): AuditVerification {
    return verifyAuditChain(this.entries(treatyId));
  }
}
