import crypto from 'node:crypto';
import { languageTextsUpgrade } from '@pactum/shared';
import type { PostgresMigration } from '../migratePostgres.ts';
import { fromStoredForm, type StoredUpdateForm, toStoredForm } from '../storedUpdate.ts';

/**
 * Language versions: every treaty stored before them gets its text moved
 * into English texts (shared/src/languages/upgradeLayout.ts) as one more row
 * of its log, and a new epoch, so that an editor holding a copy in the old
 * layout starts again from the store instead of merging it back.
 */
export const languageTexts: PostgresMigration = {
  version: 3,
  name: 'treaty texts per language',
  async up(client) {
    const { rows: treaties } = await client.query<{ id: string }>('SELECT id FROM treaties ORDER BY id');
    for (const { id } of treaties) {
      const { rows } = await client.query<StoredUpdateForm>(
        'SELECT data, compressed FROM treaty_updates WHERE treaty_id = $1 ORDER BY seq',
        [id],
      );
      const update = languageTextsUpgrade(rows.map(fromStoredForm));
      if (!update) continue;
      const stored = await toStoredForm(update);
      await client.query('INSERT INTO treaty_updates (treaty_id, data, compressed) VALUES ($1, $2, $3)', [
        id,
        stored.data,
        stored.compressed,
      ]);
      await client.query('UPDATE treaties SET epoch = $1 WHERE id = $2', [
        crypto.randomBytes(16).toString('hex'),
        id,
      ]);
    }
  },
};
