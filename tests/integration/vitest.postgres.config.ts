import { defineConfig } from 'vitest/config';

/**
 * The integration tests of the store, again with every server on Postgres: one
 * throwaway cluster for the run, and a fresh database for each data directory
 * a test starts a server on (a restart on the same directory finds the same
 * database; see tests/helpers/storeEnv.ts).
 */
export default defineConfig({
  test: {
    include: [
      'rest',
      'access',
      'agreement',
      'versions',
      'durability',
      'lifecycle',
      'sessions',
      'clauseTags',
      'parties',
      'hostileWrites',
      'exportFormats',
      'exportPdf',
      'documentEpoch',
      'readsNeverWrite',
      'storeFailure',
      'soakConvergence',
      'postgresStore',
      'languages',
      'sampleTreaty',
    ].map((name) => `tests/integration/${name}.test.ts`),
    // Left out, each for what only a SQLite file has:
    // - backupRestore: backup and restore copy the SQLite file; on Postgres they are refused in favour
    //   of pg_dump (postgresStore.test.ts checks that refusal);
    // - damagedStore: truncated or foreign pactum.db files and SQLite's application id;
    // - soakDurability: its aimed kills land inside SQLite's compaction and version transactions
    //   (bench/src/soak/durability/killSwitch.ts); durability.test.ts kills a server on Postgres.
    // And what does not depend on the store: badInput, guessing, httpHardening, limits, storedMarkup
    // and soakFrames (the wire, HTTP, limits, rendering), soakLoad and bench (figures of the default
    // store; coldload measures Postgres on its own), soakInterrupted (the soak runner's signals).
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    globalSetup: ['tests/helpers/postgresGlobalSetup.ts'],
    provide: { serverStore: 'postgres' },
  },
});
