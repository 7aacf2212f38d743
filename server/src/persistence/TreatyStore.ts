import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { StoreFiguresJSON, TreatySummary } from '@pactum/shared';
import type Database from 'better-sqlite3';
import { openDatabase } from './openDatabase.ts';

/** The database file in a data directory. */
export const STORE_FILE = 'pactum.db';

export interface PendingUpdate {
  treatyId: string;
  update: Uint8Array;
}

export interface SummaryChange {
  treatyId: string;
  title: string;
  clauseCount: number;
}

interface TreatyRow {
  id: string;
  title: string;
  clause_count: number;
  updated_at: string;
}

/**
 * Treaties and their Yjs update logs in one SQLite file (WAL, synchronous=FULL:
 * a returned commit is on disk). A treaty's document is the merge of its
 * update rows; compaction replaces a prefix of them by one row atomically.
 */
export class TreatyStore {
  /** The open database, shared with the other stores of the same file. */
  readonly db: Database.Database;
  readonly #statements;

  /** Opens (or creates) the store of `dataDir`; throws an UnusableStoreError for a damaged or foreign file. */
  static open(dataDir: string): TreatyStore {
    fs.mkdirSync(dataDir, { recursive: true });
    return new TreatyStore(openDatabase(path.join(dataDir, STORE_FILE)));
  }

  constructor(db: Database.Database) {
    this.db = db;
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.exec(`
      CREATE TABLE IF NOT EXISTS treaties (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        clause_count INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        epoch TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE TABLE IF NOT EXISTS treaty_updates (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        treaty_id TEXT NOT NULL REFERENCES treaties(id) ON DELETE CASCADE,
        data BLOB NOT NULL
      ) STRICT;
      CREATE INDEX IF NOT EXISTS treaty_updates_by_treaty ON treaty_updates (treaty_id, seq);
    `);
    addMissingEpochs(db);
    this.#statements = {
      insertTreaty: db.prepare(
        'INSERT INTO treaties (id, title, clause_count, created_at, updated_at, epoch) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      exists: db.prepare('SELECT 1 FROM treaties WHERE id = ?').pluck(),
      count: db.prepare('SELECT count(*) FROM treaties').pluck(),
      list: db.prepare(
        'SELECT id, title, clause_count, updated_at FROM treaties ORDER BY updated_at DESC, id',
      ),
      summary: db.prepare('SELECT id, title, clause_count, updated_at FROM treaties WHERE id = ?'),
      updates: db.prepare('SELECT data FROM treaty_updates WHERE treaty_id = ? ORDER BY seq'),
      updateCount: db.prepare('SELECT count(*) FROM treaty_updates WHERE treaty_id = ?').pluck(),
      insertUpdate: db.prepare('INSERT INTO treaty_updates (treaty_id, data) VALUES (?, ?)'),
      deleteAll: db.prepare('DELETE FROM treaty_updates WHERE treaty_id = ?'),
      touch: db.prepare('UPDATE treaties SET updated_at = ? WHERE id = ?'),
      setSummary: db.prepare('UPDATE treaties SET title = ?, clause_count = ? WHERE id = ?'),
      epoch: db.prepare('SELECT epoch FROM treaties WHERE id = ?').pluck(),
      setEpoch: db.prepare('UPDATE treaties SET epoch = ? WHERE id = ?'),
    };
  }

  createTreaty(id: string, summary: Omit<SummaryChange, 'treatyId'>, initialState: Uint8Array): void {
    const now = new Date().toISOString();
    this.db.transaction(() => {
      this.#statements.insertTreaty.run(id, summary.title, summary.clauseCount, now, now, newEpoch());
      this.#statements.insertUpdate.run(id, initialState);
    })();
  }

  exists(id: string): boolean {
    return this.#statements.exists.get(id) === 1;
  }

  treatyCount(): number {
    return this.#statements.count.get() as number;
  }

  list(): TreatySummary[] {
    return (this.#statements.list.all() as TreatyRow[]).map(toSummary);
  }

  summary(id: string): TreatySummary | undefined {
    const row = this.#statements.summary.get(id) as TreatyRow | undefined;
    return row && toSummary(row);
  }

  /** The update rows of `id`, oldest first; their merge is the document. */
  load(id: string): Uint8Array[] {
    const rows = this.#statements.updates.all(id) as Array<{ data: Buffer }>;
    return rows.map((row) => new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength));
  }

  /** The file's size and what its page cache may hold, for the operator's statistics (reads only). */
  figures(): StoreFiguresJSON {
    const pageSize = this.db.pragma('page_size', { simple: true }) as number;
    const pages = this.db.pragma('page_count', { simple: true }) as number;
    // A negative cache_size is a limit in KiB, a positive one in pages.
    const cacheSize = this.db.pragma('cache_size', { simple: true }) as number;
    let walBytes = 0;
    try {
      walBytes = fs.statSync(`${this.db.name}-wal`).size;
    } catch {
      // No write-ahead log at the moment (it is removed when the last connection closes).
    }
    return {
      bytes: pages * pageSize,
      walBytes,
      pageCacheLimitBytes: cacheSize < 0 ? -cacheSize * 1024 : cacheSize * pageSize,
    };
  }

  updateCount(id: string): number {
    return this.#statements.updateCount.get(id) as number;
  }

  /**
   * Appends updates of any number of treaties and their new summaries in one
   * transaction (group commit): when it returns, all of them are on disk.
   */
  /** Writes `updates` and `summaries`, and whatever `alongside` writes, in one transaction. */
  commit(updates: PendingUpdate[], summaries: SummaryChange[], alongside?: () => void): void {
    const now = new Date().toISOString();
    this.db.transaction(() => {
      alongside?.();
      for (const { treatyId, update } of updates) this.#statements.insertUpdate.run(treatyId, update);
      for (const { treatyId, title, clauseCount } of summaries) {
        this.#statements.setSummary.run(title, clauseCount, treatyId);
        this.#statements.touch.run(now, treatyId);
      }
    })();
  }

  /**
   * Replaces every row of `id` by the single `state`, atomically. The caller
   * guarantees that `state` contains every committed row.
   */
  compact(id: string, state: Uint8Array): void {
    this.db.transaction(() => {
      this.#statements.deleteAll.run(id);
      this.#statements.insertUpdate.run(id, state);
    })();
  }

  /**
   * The identity of the treaty's document: browsers keep their local copy
   * under it and never merge a copy made under another one.
   */
  epochOf(id: string): string | undefined {
    return this.#statements.epoch.get(id) as string | undefined;
  }

  /**
   * Gives the treaty a new epoch, for when its document was replaced (a
   * restore): local copies made before no longer merge into it.
   */
  renewEpoch(id: string): string {
    const epoch = newEpoch();
    if (this.#statements.setEpoch.run(epoch, id).changes !== 1) throw new Error(`no treaty ${id}`);
    return epoch;
  }

  close(): void {
    this.db.close();
  }
}

function newEpoch(): string {
  return crypto.randomBytes(16).toString('hex');
}

/** Data dirs made before treaties had an epoch gain the column in place, each treaty a fresh epoch. */
function addMissingEpochs(db: Database.Database): void {
  const columns = db.prepare("SELECT name FROM pragma_table_info('treaties')").pluck().all();
  if (!columns.includes('epoch')) db.exec("ALTER TABLE treaties ADD COLUMN epoch TEXT NOT NULL DEFAULT ''");
  if (db.prepare("SELECT 1 FROM treaties WHERE epoch = '' LIMIT 1").get() === undefined) return;
  db.exec("UPDATE treaties SET epoch = lower(hex(randomblob(16))) WHERE epoch = ''");
}

function toSummary(row: TreatyRow): TreatySummary {
  return { id: row.id, title: row.title, clauseCount: row.clause_count, updatedAt: row.updated_at };
}
