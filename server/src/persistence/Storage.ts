import type { StoreFiguresJSON } from '@pactum/shared';
import type { AccessRepository } from './AccessRepository.ts';
import type { AuditRepository } from './AuditRepository.ts';
import type { ExportRepository } from './ExportRepository.ts';
import type { TreatyLog } from './TreatyLog.ts';
import type { VersionRepository } from './VersionRepository.ts';

/** The repositories, either on their own (each call its own transaction) or bound to one transaction. */
export interface StorageScope {
  readonly treaties: TreatyLog;
  readonly versions: VersionRepository;
  readonly access: AccessRepository;
  readonly audit: AuditRepository;
  readonly exports: ExportRepository;
}

/** The repositories bound to one transaction, and a lock that lasts until it ends. */
export interface TransactionScope extends StorageScope {
  /**
   * Waits until no other transaction, in any process sharing the store, holds
   * the lock named `name`, and holds it until this transaction ends (e.g. the
   * first start of several nodes at once: one creates the sample treaty).
   */
  lock(name: string): Promise<void>;
}

/**
 * Where Pactum keeps everything: one backend (SQLite in the data directory, or
 * Postgres) behind repositories. Services, rooms and the commit loop know only
 * this interface, never a driver.
 */
export interface Storage extends StorageScope {
  /** "sqlite" or "postgres", for logs and the operator's statistics. */
  readonly backend: string;
  /**
   * Runs `work` in one transaction over every repository: when the returned
   * promise resolves, all of its writes are durable; when it rejects, none
   * were made. Inside `work`, use only `scope`: a call on the storage itself
   * waits for the transaction (SQLite refuses it, as it would wait forever).
   */
  transaction<T>(work: (scope: TransactionScope) => Promise<T>): Promise<T>;
  /** The store's size for the operator's statistics (reads only). */
  figures(): Promise<StoreFiguresJSON>;
  close(): Promise<void>;
}
