/**
 * Deletes one copy's database. Pages that hold it open close their
 * connection when asked (lib0 closes on `versionchange`), so the deletion
 * is not left blocked.
 */
export function deleteLocalCopy(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`could not delete ${name}`));
  });
}
