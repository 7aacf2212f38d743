import { PostgresStorage } from './postgres/PostgresStorage.ts';
import type { Storage } from './Storage.ts';
import { SqliteStorage } from './sqlite/SqliteStorage.ts';

export interface StorageLocation {
  /** The data directory, where the SQLite store lives when no database URL is given. */
  dataDir: string;
  /** A postgres:// URL: the store is that database instead. */
  databaseUrl?: string | undefined;
}

/** Opens and migrates the configured store: Postgres when a database URL is given, else SQLite in the data dir. */
export async function openStorage({ dataDir, databaseUrl }: StorageLocation): Promise<Storage> {
  return databaseUrl ? PostgresStorage.open(databaseUrl) : SqliteStorage.open(dataDir);
}
