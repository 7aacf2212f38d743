import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { syncFile } from './syncFile.ts';

/** Written into the header of every Pactum database (`PRAGMA application_id`): "PCTM". */
export const PACTUM_APPLICATION_ID = 0x5043544d;

/** Tables that only a Pactum database has; a store from before the application id has them. */
const PACTUM_TABLES = ['treaties', 'treaty_updates'];

import { UnusableStoreError } from '../UnusableStoreError.ts';

/**
 * Opens `file` as a Pactum database, creating it if it does not exist. A file
 * that is empty, not an SQLite database, damaged (SQLite's quick check) or made
 * by another application is refused with an UnusableStoreError and left as it
 * is: the server must never start an empty store in place of the real one.
 */
export function openDatabase(file: string): Database.Database {
  if (!fs.existsSync(file)) createDatabase(file);
  if (fs.statSync(file).size === 0) {
    throw new UnusableStoreError(
      `${file} is empty (0 bytes): it was truncated, or it was not written by Pactum. ` +
        `Restore a backup into an empty data directory (npm run pactum -- restore <file>), ` +
        `or delete the file to start with an empty store.`,
    );
  }
  const db = new Database(file, { fileMustExist: true });
  try {
    if (!checkDatabase(db, file).marked) db.pragma(`application_id = ${PACTUM_APPLICATION_ID}`);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/**
 * Throws an UnusableStoreError unless `db` reads back whole and is Pactum's
 * (or empty); `marked` is false for a store from before the application id.
 * Writes nothing.
 */
export function checkDatabase(db: Database.Database, file: string): { marked: boolean; tables: string[] } {
  let problems: string[];
  try {
    problems = (db.pragma('quick_check(5)') as Array<{ quick_check: string }>)
      .map((row) => row.quick_check)
      .filter((result) => result !== 'ok');
  } catch (error) {
    throw new UnusableStoreError(
      `${file} cannot be read as an SQLite database (${(error as Error).message}). ` +
        `It is damaged or is not a database. Restore a backup into an empty data directory ` +
        `(npm run pactum -- restore <file>).`,
    );
  }
  if (problems.length > 0) {
    throw new UnusableStoreError(
      `${file} is damaged (SQLite's quick check: ${problems.join('; ')}). ` +
        `Restore a backup into an empty data directory (npm run pactum -- restore <file>).`,
    );
  }
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  if (applicationId === PACTUM_APPLICATION_ID) return { marked: true, tables };
  const pactumBefore = PACTUM_TABLES.every((table) => tables.includes(table));
  if (applicationId === 0 && (tables.length === 0 || pactumBefore)) return { marked: false, tables };
  const made = applicationId === 0 ? 'another application' : `application id 0x${hex(applicationId)}`;
  throw new UnusableStoreError(
    `${file} is not a Pactum database: it was made by ${made} ` +
      `(tables: ${tables.slice(0, 8).join(', ') || 'none'}${tables.length > 8 ? ', …' : ''}). ` +
      `Pactum will not use or change it. Point PACTUM_DATA_DIR at Pactum's own data directory.`,
  );
}

/**
 * Creates an empty Pactum database under a temporary name and renames it into
 * place, so a crash never leaves an empty `file` behind (which would be refused).
 */
function createDatabase(file: string): void {
  const temporary = `${file}.new`;
  fs.rmSync(temporary, { force: true });
  const db = new Database(temporary);
  db.pragma(`application_id = ${PACTUM_APPLICATION_ID}`);
  db.pragma('journal_mode = WAL');
  db.close();
  fs.renameSync(temporary, file);
  syncFile(path.dirname(file));
}

function hex(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0');
}
