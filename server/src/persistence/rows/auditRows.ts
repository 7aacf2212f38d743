import type { AuditActor, AuditEntry } from '@pactum/shared';

/** An `audit_log` row as either backend returns it (Postgres gives its bigint seq as a string). */
export interface AuditRow {
  treaty_id: string;
  seq: number | string;
  at: string;
  actor: string;
  event: string;
  details: string;
  prev_hash: string;
  hash: string;
}

export const toAuditEntry = (row: AuditRow): AuditEntry => ({
  treatyId: row.treaty_id,
  seq: Number(row.seq),
  at: row.at,
  actor: JSON.parse(row.actor) as AuditActor,
  event: row.event,
  details: JSON.parse(row.details) as Record<string, unknown>,
  prevHash: row.prev_hash,
  hash: row.hash,
});
