import type { TestProject } from 'vitest/node';
import { startPostgres } from './postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The throwaway cluster of this test run (see postgresGlobalSetup.ts), or why there is none. */
    postgres: { url: string } | { unavailable: string };
  }
}

/**
 * Vitest global setup: one throwaway Postgres for the whole run, stopped when
 * the run ends, pass or fail. Tests get its URL with `inject('postgres')` and
 * make a fresh database each. Without PostgreSQL installed, only the tests that
 * need it fail, saying why.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  try {
    const cluster = await startPostgres();
    project.provide('postgres', { url: cluster.url });
    return () => cluster.stop();
  } catch (error) {
    project.provide('postgres', { unavailable: (error as Error).message });
    return undefined;
  }
}
