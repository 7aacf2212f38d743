import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { languageTextsUpgrade, verifyAuditChain } from '@pactum/shared';
import Database from 'better-sqlite3';
import type pg from 'pg';
import * as Y from 'yjs';
import { COPIED_TABLES, GENERATED_SEQS, type MigratedCounts, type TableCopy } from './copiedTables.ts';
import { copyRows } from './postgres/copyRows.ts';
import { PostgresAuditRepository } from './postgres/PostgresAuditRepository.ts';
import { clientSession, inTransaction, type PostgresSession } from './postgres/PostgresSession.ts';
import { PostgresStorage } from './postgres/PostgresStorage.ts';
import { PostgresTreatyLog } from './postgres/PostgresTreatyLog.ts';
import { type AuditRow, toAuditEntry } from './rows/auditRows.ts';
import { SQLITE_MIGRATIONS } from './sqlite/migrateSqlite.ts';
import { checkDatabase } from './sqlite/openDatabase.ts';
import { STORE_FILE } from './sqlite/SqliteStorage.ts';
import type { StoredUpdate } from './TreatyLog.ts';
import { UnusableStoreError } from './UnusableStoreError.ts';

export type { MigratedCounts } from './copiedTables.ts';

/** The copy was refused or did not verify; no row was copied into Postgres. The message says why. */
export class MigrateStoreError extends Error {}

/**
 * Copies the SQLite store of a single node (`sqliteDataDir`) into the empty
 * Postgres database at `postgresUrl`, migrating it first: every row as it is,
 * timestamps, seqs and audit hashes included, in one transaction. Before it
 * commits, every audit chain must verify and every treaty's document must load
 * from Postgres exactly as from SQLite; otherwise, as when the target already
 * holds data or the source is not a usable store, it throws a
 * MigrateStoreError and writes nothing. The source is only read.
 */
export async function migrateStore(sqliteDataDir: string, postgresUrl: string): Promise<MigratedCounts> {
  const source = openSource(sqliteDataDir);
  try {
    // One read transaction: every table is read from the same snapshot.
    source.exec('BEGIN');
    const expected = checkSource(source);
    const target = await PostgresStorage.open(postgresUrl);
    try {
      return await inTransaction(target.pool, async (client) => {
        await client.query(`LOCK TABLE ${COPIED_TABLES.map((t) => t.table).join(', ')} IN EXCLUSIVE MODE`);
        await refuseUnlessEmpty(client);
        const counts = {} as MigratedCounts;
        for (const copy of COPIED_TABLES) counts[copy.count] = await copyTable(source, client, copy);
        for (const table of GENERATED_SEQS) {
          await client.query(
            `SELECT setval(pg_get_serial_sequence('${table}', 'seq'), coalesce(max(seq), 0) + 1, false) FROM ${table}`,
          );
        }
        const treaties = new PostgresTreatyLog(clientSession(client));
        for (const [id, { layoutUpgrade }] of expected) {
          if (!layoutUpgrade) continue;
          await treaties.append([{ treatyId: id, update: layoutUpgrade }], []);
          await treaties.renewEpoch(id);
        }
        await verifyCopy(clientSession(client), expected);
        return counts;
      });
    } finally {
      await target.close();
    }
  } finally {
    source.close();
  }
}

function openSource(dataDir: string): Database.Database {
  const file = path.join(dataDir, STORE_FILE);
  if (!fs.existsSync(file))
    throw new MigrateStoreError(`${dataDir} holds no Pactum store (no ${STORE_FILE}).`);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const { tables } = checkDatabase(db, file);
    if (!tables.includes('treaties') || !tables.includes('treaty_updates')) {
      throw new MigrateStoreError(`${file} is not a usable Pactum store: it has no treaties.`);
    }
    const missing = COPIED_TABLES.map((t) => t.table).filter((table) => !tables.includes(table));
    const columns = db.prepare("SELECT name FROM pragma_table_info('treaties')").pluck().all() as string[];
    if (!columns.includes('epoch')) missing.push('treaties.epoch');
    if (missing.length > 0) {
      throw new MigrateStoreError(
        `${file} was made by an older Pactum (it has no ${missing.join(', ')}): ` +
          'start this version of Pactum on it once to upgrade it, then copy it.',
      );
    }
    const newest = tables.includes('schema_migrations')
      ? (db.prepare('SELECT max(version) FROM schema_migrations').pluck().get() as number | null)
      : null;
    const known = SQLITE_MIGRATIONS.at(-1)?.version ?? 0;
    if ((newest ?? 0) > known) {
      throw new MigrateStoreError(
        `${file} has schema version ${newest}, made by a newer Pactum; this one knows up to ${known}.`,
      );
    }
    return db;
  } catch (error) {
    db.close();
    if (error instanceof UnusableStoreError) throw new MigrateStoreError(error.message);
    throw error;
  }
}

/** What the copy must reproduce: per treaty, its audit chain's last hash and length, and its document's digest. */
type Expected = Map<
  string,
  {
    lastHash: string;
    auditEntries: number;
    document: string;
    /** The row that moves a treaty stored before language versions into them (SQLite migration 2). */
    layoutUpgrade: Uint8Array | null;
  }
>;

/** Refuses a source whose documents or audit chains are already broken: the copy could not verify. */
function checkSource(db: Database.Database): Expected {
  const ids = db.prepare('SELECT id FROM treaties ORDER BY id').pluck().all() as string[];
  const updates = db.prepare('SELECT seq, data FROM treaty_updates WHERE treaty_id = ? ORDER BY seq');
  const audit = db.prepare('SELECT * FROM audit_log WHERE treaty_id = ? ORDER BY seq');
  const expected: Expected = new Map();
  for (const id of ids) {
    const entries = (audit.all(id) as AuditRow[]).map(toAuditEntry);
    const chain = verifyAuditChain(entries);
    if (!chain.ok) {
      throw new MigrateStoreError(
        `The audit chain of treaty ${id} is broken in the SQLite store itself (${chain.reason}); nothing was copied.`,
      );
    }
    const rows = updates.all(id) as StoredUpdate[];
    // A store not yet started by this version holds treaties in the layout before language
    // versions: the copy gets the row that moves them (Postgres's own migration ran on no treaties).
    const layoutUpgrade = rows.length > 0 ? languageTextsUpgrade(rows.map((row) => row.data)) : null;
    expected.set(id, {
      lastHash: chain.lastHash,
      auditEntries: entries.length,
      document: documentDigest(
        id,
        layoutUpgrade ? [...rows, { seq: Number.MAX_SAFE_INTEGER, data: layoutUpgrade }] : rows,
        'the SQLite store',
      ),
      layoutUpgrade,
    });
  }
  return expected;
}

async function refuseUnlessEmpty(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ table: string }>(
    COPIED_TABLES.map((t) => `SELECT '${t.table}' AS table WHERE EXISTS (SELECT 1 FROM ${t.table})`).join(
      ' UNION ALL ',
    ),
  );
  if (rows.length > 0) {
    throw new MigrateStoreError(
      `The Postgres database is not empty (rows in ${rows.map((row) => row.table).join(', ')}); ` +
        'copy into a new, empty database. Nothing was written.',
    );
  }
}

function copyTable(source: Database.Database, client: pg.ClientBase, copy: TableCopy): Promise<number> {
  const rows = source.prepare(copy.select).raw().iterate() as IterableIterator<unknown[]>;
  return copyRows(client, copy.table, copy.columns, rows);
}

/** Reads every treaty back from Postgres, in the copy's own transaction, and compares it with the source. */
async function verifyCopy(session: PostgresSession, expected: Expected): Promise<void> {
  const treaties = new PostgresTreatyLog(session);
  const audit = new PostgresAuditRepository(session);
  for (const [id, { lastHash, auditEntries, document }] of expected) {
    const entries = await audit.entries(id);
    const chain = verifyAuditChain(entries);
    if (!chain.ok || chain.lastHash !== lastHash || entries.length !== auditEntries) {
      const problem = chain.ok
        ? `${entries.length} of ${auditEntries} entries, ending elsewhere`
        : chain.reason;
      throw new MigrateStoreError(
        `The copied audit chain of treaty ${id} does not verify (${problem}); nothing was written.`,
      );
    }
    if (documentDigest(id, await treaties.load(id), 'Postgres') !== document) {
      throw new MigrateStoreError(
        `The copied document of treaty ${id} differs from the SQLite one; nothing was written.`,
      );
    }
  }
}

/** A digest of the document that `rows` merge into; throws when there is none or it does not load. */
function documentDigest(treatyId: string, rows: readonly StoredUpdate[], where: string): string {
  if (rows.length === 0)
    throw new MigrateStoreError(`Treaty ${treatyId} has no stored document in ${where}.`);
  const doc = new Y.Doc();
  try {
    Y.transact(doc, () => {
      for (const row of rows) Y.applyUpdate(doc, row.data);
    });
  } catch (error) {
    throw new MigrateStoreError(
      `The document of treaty ${treatyId} does not load from ${where}: ${(error as Error).message}`,
    );
  }
  return crypto.createHash('sha256').update(Y.encodeStateAsUpdate(doc)).digest('hex');
}
