import type Database from 'better-sqlite3';
import { UnusableStoreError } from '../UnusableStoreError.ts';
import { initialSchema } from './migrations/0001_initial.ts';
import { languageTexts } from './migrations/0002_language_texts.ts';

/** One numbered step of the SQLite schema; `up` runs once, in the transaction that records it. */
export interface SqliteMigration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

/** Every migration, in order. A new one is appended with the next number; none is ever edited. */
export const SQLITE_MIGRATIONS: readonly SqliteMigration[] = [initialSchema, languageTexts];

/**
 * Brings `db` to the newest schema: applies, in order and each in its own
 * transaction, every migration it has not recorded in `schema_migrations`.
 * A store made by a newer Pactum (a migration this one does not know) is
 * refused, never changed. Returns the versions applied now.
 */
export function migrateSqlite(
  db: Database.Database,
  file: string,
  migrations: readonly SqliteMigration[] = SQLITE_MIGRATIONS,
): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
  const newest = Math.max(0, ...applied);
  const known = migrations.at(-1)?.version ?? 0;
  if (newest > known) {
    throw new UnusableStoreError(
      `${file} has schema version ${newest}, made by a newer Pactum; this one knows up to ${known}. ` +
        `Run the newer Pactum, or restore a backup made by this version.`,
    );
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const done: number[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      migration.up(db);
      record.run(migration.version, migration.name, new Date().toISOString());
    }).immediate();
    done.push(migration.version);
  }
  return done;
}
