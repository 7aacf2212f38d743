import crypto from 'node:crypto';
import { languageTextsUpgrade } from '@pactum/shared';
import type { SqliteMigration } from '../migrateSqlite.ts';

/**
 * Language versions: every treaty stored before them gets its text moved
 * into English texts (shared/src/languages/upgradeLayout.ts) as one more row
 * of its log, and a new epoch, so that an editor holding a copy in the old
 * layout starts again from the store instead of merging it back.
 */
export const languageTexts: SqliteMigration = {
  version: 2,
  name: 'treaty texts per language',
  up(db) {
    const rows = db.prepare<[string], { data: Uint8Array }>(
      'SELECT data FROM treaty_updates WHERE treaty_id = ? ORDER BY seq',
    );
    const append = db.prepare('INSERT INTO treaty_updates (treaty_id, data) VALUES (?, ?)');
    const renew = db.prepare('UPDATE treaties SET epoch = ? WHERE id = ?');
    const ids = db.prepare('SELECT id FROM treaties ORDER BY id').pluck().all() as string[];
    for (const id of ids) {
      const update = languageTextsUpgrade(rows.all(id).map((row) => row.data));
      if (!update) continue;
      append.run(id, update);
      renew.run(crypto.randomBytes(16).toString('hex'), id);
    }
  },
};
