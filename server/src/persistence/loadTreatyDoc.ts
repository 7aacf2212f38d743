import * as Y from 'yjs';
import type { TreatyStore } from './TreatyStore.ts';

/**
 * Applies the stored update rows of `treatyId` to `doc` in one transaction.
 * Throws when there are none or one is unreadable, so a caller never goes on
 * with an empty or partial document as if it were the stored one.
 */
export function loadTreatyDoc(store: TreatyStore, treatyId: string, doc: Y.Doc = new Y.Doc()): Y.Doc {
  const updates = store.load(treatyId);
  if (updates.length === 0) throw new Error(`treaty ${treatyId} has no stored document`);
  Y.transact(doc, () => {
    for (const update of updates) Y.applyUpdate(doc, update);
  });
  return doc;
}
