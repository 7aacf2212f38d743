import { defineConfig } from 'vitest/config';

// Unit tests live beside the code they test.
export default defineConfig({
  test: {
    include: ['shared/src/**/*.test.ts', 'server/src/**/*.test.ts', 'client/src/**/*.test.{ts,tsx}'],
  },
});
