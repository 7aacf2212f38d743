import { type LocalCopyKey, parseLocalCopyName } from './localCopyName.ts';

export interface LocalCopyEntry extends LocalCopyKey {
  name: string;
}

/** Every treaty copy kept on this device (none where the browser cannot list its databases). */
export async function listLocalCopies(): Promise<LocalCopyEntry[]> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return [];
  const databases = await indexedDB.databases();
  return databases.flatMap(({ name }) => {
    const key = name === undefined ? null : parseLocalCopyName(name);
    return key && name ? [{ ...key, name }] : [];
  });
}
