import { describe, expect, it, onTestFinished } from 'vitest';
import { accessContract } from './contract/accessContract.ts';
import { auditContract } from './contract/auditContract.ts';
import { exportContract } from './contract/exportContract.ts';
import type { OpenStorage } from './contract/OpenStorage.ts';
import { transactionContract } from './contract/transactionContract.ts';
import { treatyLogContract } from './contract/treatyLogContract.ts';
import { versionContract } from './contract/versionContract.ts';

/**
 * Registers the tests every Storage backend must pass, each on a fresh store
 * from `open`, closed when its test ends.
 */
export function storageContract(backend: string, open: OpenStorage): void {
  const fresh: OpenStorage = async () => {
    const storage = await open();
    onTestFinished(() => storage.close());
    return storage;
  };
  describe(`the ${backend} storage contract`, () => {
    treatyLogContract(fresh);
    transactionContract(fresh);
    versionContract(fresh);
    accessContract(fresh);
    auditContract(fresh);
    exportContract(fresh);

    it('tells its size and the limit of its page cache, and names its backend', async () => {
      const store = await fresh();
      expect(store.backend).toBe(backend);
      const figures = await store.figures();
      expect(figures.bytes).toBeGreaterThan(0);
      expect(figures.walBytes).toBeGreaterThanOrEqual(0);
      expect(figures.pageCacheLimitBytes).toBeGreaterThan(0);
    });
  });
}
