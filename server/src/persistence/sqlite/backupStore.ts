import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { checkDatabase } from './openDatabase.ts';
import { STORE_FILE } from './SqliteStorage.ts';
import { type StoreCounts, storeCounts } from './storeCounts.ts';
import { syncFile } from './syncFile.ts';

/** A backup that was not taken; the message says why. Nothing was written. */
export class BackupRefused extends Error {}

/** More pages than any store has: the whole copy is one step of the backup API. */
const ALL_PAGES = 0x7fffffff;

/**
 * Copies the store of `dataDir` into `target`, a new file, while the server
 * keeps running. The copy is made by SQLite's backup API in a single step,
 * inside one read transaction: a consistent snapshot of the moment it began,
 * never half of a commit, and writers are not held up (WAL). The result is a
 * self-contained database (no WAL beside it), checked before it is renamed
 * into place, so `target` is either a whole backup or absent.
 */
export async function backupStore(dataDir: string, target: string): Promise<StoreCounts> {
  const file = path.join(dataDir, STORE_FILE);
  if (!fs.existsSync(file)) throw new BackupRefused(`there is no store to back up: ${file} does not exist`);
  if (fs.existsSync(target))
    throw new BackupRefused(`${target} already exists; a backup never overwrites a file`);
  if (!fs.existsSync(path.dirname(path.resolve(target)))) {
    throw new BackupRefused(`the directory of ${target} does not exist`);
  }
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  const source = new Database(file, { fileMustExist: true });
  try {
    checkDatabase(source, file);
    await source.backup(partial, { progress: () => ALL_PAGES });
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  } finally {
    source.close();
  }
  try {
    const copy = new Database(partial, { fileMustExist: true });
    let counts: StoreCounts;
    try {
      copy.pragma('journal_mode = DELETE');
      checkDatabase(copy, partial);
      counts = storeCounts(copy);
    } finally {
      copy.close();
    }
    syncFile(partial);
    fs.renameSync(partial, target);
    syncFile(path.dirname(path.resolve(target)));
    return counts;
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}
