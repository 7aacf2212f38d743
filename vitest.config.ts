import { defineConfig } from 'vitest/config';

// Unit tests live beside the code they test.
export default defineConfig({
  test: {
    include: ['shared/src/**/*.test.ts', 'server/src/**/*.test.ts', 'client/src/**/*.test.{ts,tsx}'],
    // One throwaway Postgres for the run; the storage tests make a database each on it.
    globalSetup: ['tests/helpers/postgresGlobalSetup.ts'],
    // Client code words its messages through i18next: tests read them in English.
    setupFiles: ['client/src/i18n/testSetup.ts'],
  },
});
