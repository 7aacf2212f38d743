import Database from 'better-sqlite3';

/** SQLite result codes (and their extended forms) of a store that cannot write now, e.g. a full disk. */
const UNAVAILABLE = [
  'SQLITE_FULL',
  'SQLITE_IOERR',
  'SQLITE_READONLY',
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_CANTOPEN',
];

/**
 * Whether `error` is the store failing (disk full, I/O error, read-only or
 * locked file) rather than the request: nothing of the failed transaction was
 * written, and the same request may succeed once the store works again.
 */
export function isStoreFailure(error: unknown): boolean {
  if (!(error instanceof Database.SqliteError)) return false;
  const { code } = error;
  return UNAVAILABLE.some((base) => code === base || code.startsWith(`${base}_`));
}
