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
  transaction<T>(work: (scope: StorageScope) => Promise<T>): Promise<T>;
  /** The store's size for the operator's statistics (reads only). */
  figures(): Promise<StoreFiguresJSON>;
  close(): Promise<void>;
}
