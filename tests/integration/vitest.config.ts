import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/integration/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each file starts real server processes; running them one at a time keeps timings honest on 2 cores.
    fileParallelism: false,
  },
});
