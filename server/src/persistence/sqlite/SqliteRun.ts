/** Runs one piece of synchronous SQLite work when the connection is free for it. */
export type SqliteRun = <T>(work: () => T) => Promise<T>;
