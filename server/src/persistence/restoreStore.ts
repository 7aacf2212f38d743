import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { OPERATOR_NAME } from '../access/AccessControl.ts';
import { AuditLog } from '../audit/AuditLog.ts';
import { loadTreatyDoc } from './loadTreatyDoc.ts';
import { checkDatabase, PACTUM_APPLICATION_ID, UnusableStoreError } from './openDatabase.ts';
import { type StoreCounts, storeCounts } from './storeCounts.ts';
import { syncFile } from './syncFile.ts';
import { STORE_FILE, TreatyStore } from './TreatyStore.ts';

/** A restore that was not made; the message says why. The data directory was left as it was. */
export class RestoreRefused extends Error {}

/**
 * Makes `backup` the store of `dataDir`, which must be empty (or not exist):
 * a restore never replaces a store. The backup is copied, and the copy must be
 * a sound Pactum database whose every treaty loads and whose every audit chain
 * verifies; each treaty gets a new document epoch (browsers then discard local
 * copies of the document it replaces) and a `store.restored` audit entry. Only
 * then is it renamed into place; `backup` itself is only read.
 */
export function restoreStore(backup: string, dataDir: string): StoreCounts {
  if (!fs.existsSync(backup)) throw new RestoreRefused(`${backup} does not exist`);
  const entries = fs.existsSync(dataDir) ? fs.readdirSync(dataDir) : [];
  if (entries.length > 0) {
    throw new RestoreRefused(
      `${dataDir} is not empty (${entries.slice(0, 5).join(', ')}${entries.length > 5 ? ', …' : ''}): ` +
        'a restore goes only into an empty data directory, so that it never replaces a store',
    );
  }
  const createdDir = !fs.existsSync(dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  const restoring = path.join(dataDir, `${STORE_FILE}.restoring`);
  try {
    fs.copyFileSync(backup, restoring);
    const counts = prepare(restoring, backup);
    syncFile(restoring);
    fs.renameSync(restoring, path.join(dataDir, STORE_FILE));
    syncFile(dataDir);
    return counts;
  } catch (error) {
    for (const file of fs.readdirSync(dataDir)) fs.rmSync(path.join(dataDir, file), { force: true });
    if (createdDir) fs.rmdirSync(dataDir);
    throw error;
  }
}

/** Checks the copy at `file` and readies it to be served; throws RestoreRefused if it is not a usable backup. */
function prepare(file: string, backup: string): StoreCounts {
  const db = new Database(file, { fileMustExist: true });
  try {
    let tables: string[];
    try {
      ({ tables } = checkDatabase(db, backup));
    } catch (error) {
      if (error instanceof UnusableStoreError)
        throw new RestoreRefused(`${backup} is not a Pactum backup: ${error.message}`);
      throw error;
    }
    if (!tables.includes('treaties')) {
      throw new RestoreRefused(`${backup} is not a Pactum backup: it is an empty database`);
    }
    db.pragma(`application_id = ${PACTUM_APPLICATION_ID}`);
    const store = new TreatyStore(db);
    const audit = new AuditLog(db);
    for (const { id, title } of store.list()) {
      try {
        loadTreatyDoc(store, id).destroy();
      } catch (error) {
        throw new RestoreRefused(
          `${backup}: treaty "${title}" (${id}) cannot be read: ${(error as Error).message}`,
        );
      }
      const chain = audit.verify(id);
      if (!chain.ok) {
        throw new RestoreRefused(
          `${backup}: the audit chain of "${title}" (${id}) is broken at entry ${chain.brokenAt}: ${chain.reason}`,
        );
      }
    }
    db.transaction(() => {
      for (const { id } of store.list()) {
        const epoch = store.renewEpoch(id);
        audit.append(id, { kind: 'operator', name: OPERATOR_NAME }, 'store.restored', {
          from: path.basename(backup),
          epoch,
        });
      }
    })();
    return storeCounts(db);
  } finally {
    db.close();
  }
}
