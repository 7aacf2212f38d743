import { defineConfig } from 'vitest/config';

/**
 * Several server processes on one store: each test starts its own nodes on a
 * fresh database of the run's throwaway Postgres and a throwaway Redis of its
 * own (tests/helpers/cluster.ts).
 */
export default defineConfig({
  test: {
    include: ['tests/cluster/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // Three nodes per test already keep both cores busy.
    fileParallelism: false,
    globalSetup: ['tests/helpers/postgresGlobalSetup.ts'],
  },
});
