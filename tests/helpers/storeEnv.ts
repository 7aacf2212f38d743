import { inject, onTestFinished } from 'vitest';
import { type PostgresDatabases, postgresDatabases } from './postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by tests/integration/vitest.postgres.config.ts: every test server's store is a Postgres database. */
    serverStore?: 'postgres';
  }
}

let cluster: PostgresDatabases | undefined;
/** The database of each data directory in use, so that a restart on it finds the same store. */
const databases = new Map<string, Promise<string>>();

/** Whether this run's servers keep their store in Postgres rather than in SQLite in their data directory. */
export function storeIsPostgres(): boolean {
  return inject('serverStore') === 'postgres';
}

/**
 * The environment that puts the store of a server (or of the CLI) on `dataDir`
 * where this run keeps stores: nothing on SQLite (the store is the data
 * directory), or on Postgres the PACTUM_DATABASE_URL of the data directory's
 * own database, made on its first use and dropped when the test ends. Without
 * `dataDir`, a fresh database each time.
 */
export async function storeEnv(dataDir?: string): Promise<Record<string, string>> {
  if (!storeIsPostgres()) return {};
  const known = dataDir === undefined ? undefined : databases.get(dataDir);
  if (known) return { PACTUM_DATABASE_URL: await known };
  const made = freshDatabase(dataDir);
  if (dataDir !== undefined) databases.set(dataDir, made);
  return { PACTUM_DATABASE_URL: await made };
}

async function freshDatabase(dataDir: string | undefined): Promise<string> {
  const provided = inject('postgres');
  if (provided === undefined || 'unavailable' in provided) {
    throw new Error(
      `No Postgres for this test run: ${provided?.unavailable ?? 'no global setup started one'}`,
    );
  }
  cluster ??= postgresDatabases(provided.url);
  const databasesOf = cluster;
  const url = await databasesOf.createDatabase();
  onTestFinished(async () => {
    if (dataDir !== undefined) databases.delete(dataDir);
    await databasesOf.dropDatabase(url);
  });
  return url;
}
