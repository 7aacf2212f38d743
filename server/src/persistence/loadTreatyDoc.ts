import * as Y from 'yjs';
import type { TreatyLog } from './TreatyLog.ts';

/**
 * Applies the stored update rows of `treatyId` to `doc` in one transaction.
 * Throws when there are none, so a caller never goes on with an empty
 * document as if it were the stored one.
 */
export async function loadTreatyDoc(
  treaties: TreatyLog,
  treatyId: string,
  doc: Y.Doc = new Y.Doc(),
): Promise<Y.Doc> {
  const rows = await treaties.load(treatyId);
  if (rows.length === 0) throw new Error(`treaty ${treatyId} has no stored document`);
  Y.transact(doc, () => {
    for (const { data } of rows) Y.applyUpdate(doc, data);
  });
  return doc;
}
