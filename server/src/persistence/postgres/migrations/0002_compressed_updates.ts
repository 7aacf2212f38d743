import type { PostgresMigration } from '../migratePostgres.ts';

/**
 * Large update rows (a compacted treaty, a long paste) are stored deflated by
 * the node (storedUpdate.ts), which makes a cold load read and carry a tenth of
 * the bytes. `EXTERNAL` keeps Postgres from compressing them again; rows
 * written before this migration stay as they are and load as before.
 */
export const compressedUpdates: PostgresMigration = {
  version: 2,
  name: 'large update rows stored deflated',
  async up(client) {
    await client.query(`
      ALTER TABLE treaty_updates ADD COLUMN compressed boolean NOT NULL DEFAULT false;
      ALTER TABLE treaty_updates ALTER COLUMN data SET STORAGE EXTERNAL;
    `);
  },
};
