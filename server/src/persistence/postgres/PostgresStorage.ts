import { AsyncLocalStorage } from 'node:async_hooks';
import type { StoreFiguresJSON } from '@pactum/shared';
import pg from 'pg';
import type { Storage, StorageScope, TransactionScope } from '../Storage.ts';
import { LOCK_PURPOSE, treatyLockKey } from './advisoryLockKey.ts';
import { migratePostgres } from './migratePostgres.ts';
import { PostgresAccessRepository } from './PostgresAccessRepository.ts';
import { PostgresAuditRepository } from './PostgresAuditRepository.ts';
import { PostgresExportRepository } from './PostgresExportRepository.ts';
import { clientSession, inTransaction, type PostgresSession, poolSession } from './PostgresSession.ts';
import { PostgresTreatyLog } from './PostgresTreatyLog.ts';
import { PostgresVersionRepository } from './PostgresVersionRepository.ts';
import { redactDatabaseUrl } from './redactDatabaseUrl.ts';

export interface PostgresOptions {
  /** Connections the pool may open (pg's default: 10). */
  maxConnections?: number;
}

function repositories(session: PostgresSession): StorageScope {
  return {
    treaties: new PostgresTreatyLog(session),
    versions: new PostgresVersionRepository(session),
    access: new PostgresAccessRepository(session),
    audit: new PostgresAuditRepository(session),
    exports: new PostgresExportRepository(session),
  };
}

/**
 * Everything in one Postgres database, shared by any number of server
 * processes. Every connection commits synchronously (a resolved write is
 * durable) at read committed; a transaction holds one pooled connection until
 * it ends, and calls outside one take any free connection.
 */
export class PostgresStorage implements Storage {
  readonly backend = 'postgres';
  readonly treaties;
  readonly versions;
  readonly access;
  readonly audit;
  readonly exports;
  #closed: Promise<void> | undefined;
  /** Marks the work of a transaction, so a call on the storage from inside it fails instead of blocking on it. */
  readonly #inside = new AsyncLocalStorage<{ open: boolean }>();

  /** Connects to `url` and migrates the database; throws an UnusableStoreError for one made by a newer Pactum. */
  static async open(url: string, options: PostgresOptions = {}): Promise<PostgresStorage> {
    const pool = new pg.Pool({
      connectionString: url,
      max: options.maxConnections,
      application_name: 'pactum',
      // Set on every new connection before it is first used, whatever the server's or database's defaults.
      onConnect: async (client) => {
        await client.query(
          "SET synchronous_commit = on; SET default_transaction_isolation = 'read committed'",
        );
      },
    });
    // An idle connection that breaks is dropped by the pool, and the next query opens a new one;
    // without a listener the error would end the process.
    pool.on('error', () => undefined);
    try {
      await migratePostgres(pool, redactDatabaseUrl(url));
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresStorage(pool);
  }

  constructor(readonly pool: pg.Pool) {
    ({
      treaties: this.treaties,
      versions: this.versions,
      access: this.access,
      audit: this.audit,
      exports: this.exports,
    } = repositories(poolSession(pool, () => this.#refuseInside())));
  }

  async transaction<T>(work: (scope: TransactionScope) => Promise<T>): Promise<T> {
    this.#refuseInside();
    return inTransaction(this.pool, async (client) => {
      const holder = { open: true };
      try {
        const scope: TransactionScope = {
          ...repositories(clientSession(client)),
          lock: async (name) => {
            await client.query(
              'SELECT pg_advisory_xact_lock($1, $2)',
              treatyLockKey(LOCK_PURPOSE.named, name),
            );
          },
        };
        return await this.#inside.run(holder, () => work(scope));
      } finally {
        // Timers started inside inherit the marker; they run later, outside this transaction.
        holder.open = false;
      }
    });
  }

  /**
   * As in SQLite, a call on the storage itself inside a transaction is refused:
   * here it would run on another connection, see none of the transaction's
   * writes and could wait for its locks forever.
   */
  #refuseInside(): void {
    if (this.#inside.getStore()?.open) {
      throw new Error('a storage call inside a transaction must go through the transaction’s scope');
    }
  }

  async figures(): Promise<StoreFiguresJSON> {
    this.#refuseInside();
    const { rows } = await this.pool.query<{ bytes: string; cache: string }>(
      `SELECT pg_database_size(current_database()) AS bytes,
         pg_size_bytes(current_setting('shared_buffers')) AS cache`,
    );
    const row = rows[0];
    return {
      bytes: Number(row?.bytes),
      // The write-ahead log belongs to the whole server, not to this database: not counted here.
      walBytes: 0,
      pageCacheLimitBytes: Number(row?.cache),
    };
  }

  close(): Promise<void> {
    this.#closed ??= this.pool.end();
    return this.#closed;
  }
}
