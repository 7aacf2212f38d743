import type Database from 'better-sqlite3';

/** What a store holds, as a backup or restore reports it. */
export interface StoreCounts {
  treaties: number;
  versions: number;
  members: number;
  auditEntries: number;
}

const TABLES: Record<keyof StoreCounts, string> = {
  treaties: 'treaties',
  versions: 'versions',
  members: 'members',
  auditEntries: 'audit_log',
};

/** Rows of each kind in `db`; 0 for a table the store does not have yet. */
export function storeCounts(db: Database.Database): StoreCounts {
  const present = new Set(
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[],
  );
  const count = (table: string) =>
    present.has(table) ? (db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number) : 0;
  return {
    treaties: count(TABLES.treaties),
    versions: count(TABLES.versions),
    members: count(TABLES.members),
    auditEntries: count(TABLES.auditEntries),
  };
}
