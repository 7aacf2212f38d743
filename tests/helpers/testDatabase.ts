import { inject, onTestFinished } from 'vitest';
import { type PostgresDatabases, postgresDatabases } from './postgres.ts';
// Brings in its declaration of inject('postgres') for the projects that import only this file.
import type {} from './postgresGlobalSetup.ts';

let databases: PostgresDatabases | undefined;

/**
 * A fresh, empty database on this run's throwaway Postgres (started by
 * postgresGlobalSetup.ts), dropped when the test ends. Returns its URL.
 */
export async function testDatabase(): Promise<string> {
  const provided = inject('postgres');
  if ('unavailable' in provided) throw new Error(`No Postgres for this test run: ${provided.unavailable}`);
  databases ??= postgresDatabases(provided.url);
  const cluster = databases;
  const url = await cluster.createDatabase();
  onTestFinished(() => cluster.dropDatabase(url));
  return url;
}
