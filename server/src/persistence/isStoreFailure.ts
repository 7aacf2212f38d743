import Database from 'better-sqlite3';
import pg from 'pg';

/** SQLite result codes (and their extended forms) of a store that cannot write now, e.g. a full disk. */
const SQLITE_UNAVAILABLE = [
  'SQLITE_FULL',
  'SQLITE_IOERR',
  'SQLITE_READONLY',
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_CANTOPEN',
];

/**
 * SQLSTATEs of a Postgres that cannot serve now: connection exceptions (08),
 * insufficient resources such as a full disk or too many connections (53),
 * shutdown and restart (57P01–57P03), an I/O error (58030), a read-only
 * standby (25006), and a serialization failure or deadlock (40001, 40P01),
 * which Pactum does not retry itself.
 */
const POSTGRES_UNAVAILABLE = /^(08|53)|^(57P01|57P02|57P03|58030|25006|40001|40P01)$/;

/** Socket errors of a database server that is down or unreachable. */
const NETWORK_UNAVAILABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'EAI_AGAIN',
]);

/** pg's own errors when a connection ends or cannot be had; they carry no code. */
const PG_CONNECTION_LOST =
  /^(Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect)/;

/**
 * Whether `error` is the store failing (disk full, I/O error, read-only or
 * locked file, database server down or out of resources) rather than the
 * request: nothing of the failed transaction was written, and the same request
 * may succeed once the store works again.
 */
export function isStoreFailure(error: unknown): boolean {
  if (error instanceof Database.SqliteError) {
    const { code } = error;
    return SQLITE_UNAVAILABLE.some((base) => code === base || code.startsWith(`${base}_`));
  }
  if (error instanceof pg.DatabaseError) return POSTGRES_UNAVAILABLE.test(error.code ?? '');
  if (!(error instanceof Error)) return false;
  const { code } = error as NodeJS.ErrnoException;
  if (code !== undefined && NETWORK_UNAVAILABLE.has(code)) return true;
  // Connecting to a name with several addresses fails with all of their errors at once.
  if (error instanceof AggregateError) return error.errors.some(isStoreFailure);
  return PG_CONNECTION_LOST.test(error.message);
}
