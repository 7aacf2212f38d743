import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeTreatyToYDoc } from '@pactum/shared';
import pino from 'pino';
import * as Y from 'yjs';
import type { Storage } from '../persistence/Storage.ts';
import { SqliteStorage } from '../persistence/sqlite/SqliteStorage.ts';
import { defaultRoomHooks } from './defaultRoomHooks.ts';
import type { GroupCommit } from './GroupCommit.ts';
import { LocalRelay } from './LocalRelay.ts';
import type { Relay } from './Relay.ts';
import { RoomRegistry } from './RoomRegistry.ts';

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

/** The rooms over `storage` as the server builds them (default hooks), logging nothing; one node unless `relay` says otherwise. */
export function roomsFor(
  storage: Storage,
  commits: GroupCommit,
  { relay = new LocalRelay(), compactAfterRows = 1000 }: { relay?: Relay; compactAfterRows?: number } = {},
): RoomRegistry {
  return new RoomRegistry({
    storage,
    commits,
    relay,
    log: pino({ level: 'silent' }),
    compactAfterRows,
    hooks: defaultRoomHooks,
  });
}
