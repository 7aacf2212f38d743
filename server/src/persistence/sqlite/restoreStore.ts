import fs from 'node:fs';
import path from 'node:path';
import { verifyAuditChain } from '@pactum/shared';
import Database from 'better-sqlite3';
import { OPERATOR_NAME } from '../../access/AccessControl.ts';
import { loadTreatyDoc } from '../loadTreatyDoc.ts';
import { UnusableStoreError } from '../UnusableStoreError.ts';
import { checkDatabase, PACTUM_APPLICATION_ID } from './openDatabase.ts';
import { SqliteStorage, STORE_FILE } from './SqliteStorage.ts';
import { type StoreCounts, storeCounts } from './storeCounts.ts';
import { syncFile } from './syncFile.ts';

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
export async function restoreStore(backup: string, dataDir: string): Promise<StoreCounts> {
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
    const counts = await prepare(restoring, backup);
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
async function prepare(file: string, backup: string): Promise<StoreCounts> {
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
    // Opening it as a store migrates a backup made by an older Pactum to this schema.
    const storage = new SqliteStorage(db);
    const treaties = await storage.treaties.list();
    for (const { id, title } of treaties) {
      try {
        (await loadTreatyDoc(storage.treaties, id)).destroy();
      } catch (error) {
        throw new RestoreRefused(
          `${backup}: treaty "${title}" (${id}) cannot be read: ${(error as Error).message}`,
        );
      }
      const chain = verifyAuditChain(await storage.audit.entries(id));
      if (!chain.ok) {
        throw new RestoreRefused(
          `${backup}: the audit chain of "${title}" (${id}) is broken at entry ${chain.brokenAt}: ${chain.reason}`,
        );
      }
    }
    await storage.transaction(async (scope) => {
      for (const { id } of treaties) {
        const epoch = await scope.treaties.renewEpoch(id);
        await scope.audit.append(id, { kind: 'operator', name: OPERATOR_NAME }, 'store.restored', {
          from: path.basename(backup),
          epoch,
        });
      }
    });
    return storeCounts(db);
  } finally {
    db.close();
  }
}
