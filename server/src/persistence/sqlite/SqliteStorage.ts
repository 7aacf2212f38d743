import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import path from 'node:path';
import type { StoreFiguresJSON } from '@pactum/shared';
import type Database from 'better-sqlite3';
import type { Storage, StorageScope, TransactionScope } from '../Storage.ts';
import { migrateSqlite } from './migrateSqlite.ts';
import { openDatabase } from './openDatabase.ts';
import { SqliteAccessRepository } from './SqliteAccessRepository.ts';
import { SqliteAuditRepository } from './SqliteAuditRepository.ts';
import { SqliteExportRepository } from './SqliteExportRepository.ts';
import type { SqliteRun } from './SqliteRun.ts';
import { SqliteTreatyLog } from './SqliteTreatyLog.ts';
import { SqliteVersionRepository } from './SqliteVersionRepository.ts';

/** The database file in a data directory. */
export const STORE_FILE = 'pactum.db';

function repositories(db: Database.Database, run: SqliteRun): StorageScope {
  return {
    treaties: new SqliteTreatyLog(db, run),
    versions: new SqliteVersionRepository(db, run),
    access: new SqliteAccessRepository(db, run),
    audit: new SqliteAuditRepository(db, run),
    exports: new SqliteExportRepository(db, run),
  };
}

/**
 * Everything in one SQLite file in the data directory (WAL, synchronous=FULL:
 * a resolved write is on disk). One connection serves every caller: work runs
 * one piece at a time, and a transaction holds the connection until it ends,
 * so nothing of another caller slips into it.
 */
export class SqliteStorage implements Storage {
  readonly backend = 'sqlite';
  readonly treaties;
  readonly versions;
  readonly access;
  readonly audit;
  readonly exports;
  readonly #scope: TransactionScope;
  /** Marks the work holding the connection, so a call from inside it fails instead of waiting for itself. */
  readonly #holder = new AsyncLocalStorage<{ open: boolean }>();
  #tail: Promise<unknown> = Promise.resolve();

  /** Opens (or creates) the store of `dataDir` and migrates it; throws an UnusableStoreError for a damaged or foreign file. */
  static open(dataDir: string): SqliteStorage {
    fs.mkdirSync(dataDir, { recursive: true });
    return new SqliteStorage(openDatabase(path.join(dataDir, STORE_FILE)));
  }

  constructor(readonly db: Database.Database) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrateSqlite(db, db.name);
    ({
      treaties: this.treaties,
      versions: this.versions,
      access: this.access,
      audit: this.audit,
      exports: this.exports,
    } = repositories(db, (work) => this.#exclusive(work)));
    // BEGIN IMMEDIATE takes the only write lock of the file: every transaction already excludes the others.
    this.#scope = { ...repositories(db, async (work) => work()), lock: async () => {} };
  }

  transaction<T>(work: (scope: TransactionScope) => Promise<T>): Promise<T> {
    return this.#exclusive(async () => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(this.#scope);
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
    });
  }

  /** Runs `work` once everything queued before it has finished. */
  #exclusive<T>(work: () => T | Promise<T>): Promise<T> {
    if (this.#holder.getStore()?.open) {
      return Promise.reject(
        new Error('a storage call inside a transaction must go through the transaction’s scope'),
      );
    }
    const result = this.#tail.then(async () => {
      const holder = { open: true };
      try {
        return await this.#holder.run(holder, work);
      } finally {
        // Timers started inside inherit the marker; they run later, outside this work.
        holder.open = false;
      }
    });
    this.#tail = result.catch(() => undefined);
    return result;
  }

  figures(): Promise<StoreFiguresJSON> {
    return this.#exclusive(() => {
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
    });
  }

  close(): Promise<void> {
    return this.#exclusive(() => {
      this.db.close();
    });
  }
}
