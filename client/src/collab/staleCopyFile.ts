import { TREATY_FRAGMENT, treatyFile, treatyFromYDoc } from '@pactum/shared';
import * as Y from 'yjs';
import type { StaleCopy } from './staleLocalCopies.ts';

/**
 * The stale copy as a Pactum treaty file: its whole text with the changes
 * the server never got, readable and importable as a new treaty to compare.
 * Null when the copy holds no treaty the file format can carry.
 */
export function staleCopyFile(copy: StaleCopy, now = new Date()): { fileName: string; blob: Blob } | null {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, copy.update);
    if (doc.getXmlFragment(TREATY_FRAGMENT).length === 0) return null;
    const treaty = treatyFromYDoc(doc);
    const file = treatyFile(treaty, [], now.toISOString());
    const day = now.toISOString().slice(0, 10);
    const stem = (treaty.title || 'treaty').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
    return {
      fileName: `${stem}-kept-on-this-device-${day}.json`,
      blob: new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }),
    };
  } finally {
    doc.destroy();
  }
}
