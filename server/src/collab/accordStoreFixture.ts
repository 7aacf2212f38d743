import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeTreatyToYDoc } from '@pactum/shared';
import * as Y from 'yjs';
import { SqliteStorage } from '../persistence/sqlite/SqliteStorage.ts';

/** A SQLite store (and the encoded state it holds) in a fresh directory holding `treatyId`: a one-article treaty, "Accord", its article "Scope". */
export async function storageWithAccord(
  treatyId: string,
  dirPrefix: string,
): Promise<{ storage: SqliteStorage; state: Uint8Array }> {
  const storage = SqliteStorage.open(fs.mkdtempSync(path.join(os.tmpdir(), dirPrefix)));
  const seed = new Y.Doc();
  writeTreatyToYDoc(seed, {
    title: 'Accord',
    preamble: [],
    clauses: [{ heading: 'Scope', paragraphs: ['x'] }],
  });
  const state = Y.encodeStateAsUpdate(seed);
  await storage.treaties.create(treatyId, { title: 'Accord', clauseCount: 1 }, state);
  return { storage, state };
}
