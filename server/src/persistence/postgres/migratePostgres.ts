import type pg from 'pg';
import { UnusableStoreError } from '../UnusableStoreError.ts';
import { LOCK_PURPOSE } from './advisoryLockKey.ts';
import { initialSchema } from './migrations/0001_initial.ts';
import { compressedUpdates } from './migrations/0002_compressed_updates.ts';
import { languageTexts } from './migrations/0003_language_texts.ts';

/** One numbered step of the Postgres schema; `up` runs once, in the transaction that records it. */
export interface PostgresMigration {
  version: number;
  name: string;
  up(client: pg.ClientBase): Promise<void>;
}

/** Every migration, in order. A new one is appended with the next number; none is ever edited. */
export const POSTGRES_MIGRATIONS: readonly PostgresMigration[] = [
  initialSchema,
  compressedUpdates,
  languageTexts,
];

/**
 * Brings the database to the newest schema: applies, in order and each in its
 * own transaction, every migration not recorded in `schema_migrations`. Nodes
 * starting at the same moment queue on one advisory lock, so each migration
 * runs once. A database made by a newer Pactum is refused, never changed.
 * Returns the versions applied now.
 */
export async function migratePostgres(
  pool: pg.Pool,
  where: string,
  migrations: readonly PostgresMigration[] = POSTGRES_MIGRATIONS,
): Promise<number[]> {
  const client = await pool.connect();
  try {
    // Session-level: held across the migrations' own transactions, and released when the connection closes.
    await client.query('SELECT pg_advisory_lock($1, 0)', [LOCK_PURPOSE.migrations]);
    await refuseForeignSchema(client, where);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at text NOT NULL
    )`);
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((row) => row.version));
    const newest = Math.max(0, ...applied);
    const known = migrations.at(-1)?.version ?? 0;
    if (newest > known) {
      throw new UnusableStoreError(
        `${where} has schema version ${newest}, made by a newer Pactum; this one knows up to ${known}. ` +
          `Run the newer Pactum, or point PACTUM_DATABASE_URL at a database made by this version.`,
      );
    }
    const done: number[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      await client.query('BEGIN');
      try {
        await migration.up(client);
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
          migration.version,
          migration.name,
          new Date().toISOString(),
        ]);
        await client.query('COMMIT');
      } catch (error) {
        // The connection is closed below either way; the migration's own error is the one to tell.
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
      done.push(migration.version);
    }
    return done;
  } finally {
    // Closing the connection is what surely ends the session lock, whatever went wrong above.
    client.release(true);
  }
}

/**
 * A database whose schema holds tables but no record of Pactum's migrations
 * belongs to something else: Pactum writes nothing into it, not even its
 * migrations table, and says so instead of failing on a clashing table.
 */
async function refuseForeignSchema(client: pg.ClientBase, where: string): Promise<void> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() ORDER BY table_name`,
  );
  const names = rows.map((row) => row.name);
  if (names.length === 0 || names.includes('schema_migrations')) return;
  const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? ', …' : '');
  throw new UnusableStoreError(
    `${where} already holds tables that Pactum did not make (${shown}). ` +
      'Point PACTUM_DATABASE_URL at an empty database of its own (createdb pactum).',
  );
}
