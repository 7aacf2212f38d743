import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/integration/**/*.test.ts'],
    // Only for the Postgres run (vitest.postgres.config.ts).
    exclude: [...configDefaults.exclude, 'tests/integration/postgresStore.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each file starts real server processes; running them one at a time keeps timings honest on 2 cores.
    fileParallelism: false,
  },
});
