import * as Y from 'yjs';

export interface LocalCopyContents {
  /** The whole document the copy holds, as one update. */
  update: Uint8Array;
  /** How many of its changes the server never confirmed. */
  unsaved: number;
}

function settled<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * Reads a copy without opening it for editing (y-indexeddb would append to
 * it); null when there is no such database or it is not a copy.
 */
export async function readLocalCopy(name: string): Promise<LocalCopyContents | null> {
  const db = await new Promise<IDBDatabase | null>((resolve, reject) => {
    const request = indexedDB.open(name);
    // Only a database that does not exist needs creating: do not create it.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => (request.error?.name === 'AbortError' ? resolve(null) : reject(request.error));
  });
  if (!db) return null;
  try {
    if (!db.objectStoreNames.contains('updates') || !db.objectStoreNames.contains('custom')) return null;
    const transaction = db.transaction(['updates', 'custom'], 'readonly');
    const [updates, counts] = await Promise.all([
      settled<unknown[]>(transaction.objectStore('updates').getAll()),
      settled<unknown[]>(
        transaction.objectStore('custom').getAll(IDBKeyRange.bound('unsaved:', 'unsaved:\uffff')),
      ),
    ]);
    const rows = updates.filter((row): row is Uint8Array => row instanceof Uint8Array);
    const unsaved = counts.reduce<number>((sum, n) => sum + (typeof n === 'number' && n > 0 ? n : 0), 0);
    return { update: rows.length === 1 ? (rows[0] as Uint8Array) : Y.mergeUpdates(rows), unsaved };
  } finally {
    db.close();
  }
}
