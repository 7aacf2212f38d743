import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // For twoNodes.test.ts, whose nodes share a database; the other tests keep SQLite.
    globalSetup: ['tests/helpers/postgresGlobalSetup.ts'],
  },
});
