import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clauseBodyElement, treatySummaryFromYDoc, writeTreatyToYDoc } from '@pactum/shared';
import * as prng from 'lib0/prng';
import pino from 'pino';
import * as Y from 'yjs';
import { defaultRoomHooks } from '../../server/src/collab/defaultRoomHooks.ts';
import { GroupCommit } from '../../server/src/collab/GroupCommit.ts';
import { LocalRelay } from '../../server/src/collab/LocalRelay.ts';
import { encodeSyncStep2 } from '../../server/src/collab/messages.ts';
import { RoomRegistry } from '../../server/src/collab/RoomRegistry.ts';
import { PostgresStorage } from '../../server/src/persistence/postgres/PostgresStorage.ts';
import type { Storage } from '../../server/src/persistence/Storage.ts';
import { SqliteStorage } from '../../server/src/persistence/sqlite/SqliteStorage.ts';
import { startPostgres } from '../../tests/helpers/postgres.ts';
import { generateTreaty } from './generateTreaty.ts';
import { ms, type Stats, stats } from './stats.ts';
import { writeResults } from './writeResults.ts';

const TREATY_ID = 't-coldload';
const EMPTY_STATE_VECTOR = Y.encodeStateVector(new Y.Doc());

/** The large treaty and `edits` small typing edits, each captured as the update a client would send. */
function treatyWithHistory(clauses: number, wordsPerClause: number, edits: number) {
  const doc = new Y.Doc();
  writeTreatyToYDoc(doc, generateTreaty(7, clauses, wordsPerClause).draft);
  const initial = Y.encodeStateAsUpdate(doc);
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const gen = prng.create(21);
  for (let i = 0; i < edits; i++) {
    const body = clauseBodyElement(doc, prng.uint32(gen, 0, clauses - 1));
    const text = (body.get(0) as Y.XmlElement).get(0) as Y.XmlText;
    const at = prng.uint32(gen, 0, text.length - 1);
    if (i % 4 === 3) text.delete(at, Math.min(3, text.length - at));
    else text.insert(at, prng.word(gen, 1, 6));
  }
  return { doc, initial, updates };
}

/** A store holding the treaty as `rows` update rows (the history, or one compacted state). */
async function storeWith(dir: string, rows: Uint8Array[], doc: Y.Doc): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  await fill(SqliteStorage.open(dir), rows, doc);
  return path.join(dir, 'pactum.db');
}

/** Writes the treaty into `storage` as `rows` update rows, and closes it. */
async function fill(storage: Storage, rows: Uint8Array[], doc: Y.Doc): Promise<void> {
  const [first, ...rest] = rows;
  await storage.treaties.create(TREATY_ID, treatySummaryFromYDoc(doc), first as Uint8Array);
  await storage.treaties.append(
    rest.map((update) => ({ treatyId: TREATY_ID, update })),
    [],
  );
  await storage.close();
}

/** Opens the stored treaty into a room (as a first connection does) and encodes its first full sync. */
async function openAndServe(storage: Storage): Promise<{ ms: number; bytes: number }> {
  const rooms = new RoomRegistry({
    storage,
    commits: new GroupCommit(storage),
    relay: new LocalRelay(),
    log: pino({ level: 'silent' }),
    compactAfterRows: Number.MAX_SAFE_INTEGER,
    hooks: defaultRoomHooks,
  });
  const start = performance.now();
  const room = await rooms.open(TREATY_ID);
  const message = encodeSyncStep2(room.doc, EMPTY_STATE_VECTOR);
  const elapsed = performance.now() - start;
  await rooms.closeAll(); // frees the room (its awareness timer would keep the process alive)
  await storage.close();
  return { ms: elapsed, bytes: message.byteLength };
}

/** The anchor: Yjs alone, from the same state in its compact V2 encoding to a V2 full update. */
function rawYjs(stateV2: Uint8Array): { ms: number; bytes: number } {
  const start = performance.now();
  const doc = new Y.Doc();
  Y.applyUpdateV2(doc, stateV2);
  const encoded = Y.encodeStateAsUpdateV2(doc);
  const elapsed = performance.now() - start;
  doc.destroy();
  return { ms: elapsed, bytes: encoded.byteLength };
}

export async function coldloadBench(tiny: boolean): Promise<void> {
  const clauses = tiny ? 8 : 500;
  const edits = tiny ? 50 : 2000;
  const runs = tiny ? 1 : 21;
  const { doc, initial, updates } = treatyWithHistory(clauses, tiny ? 60 : 300, edits);
  const stateV2 = Y.encodeStateAsUpdateV2(doc);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-coldload-'));
  const layouts = {
    compacted: await storeWith(path.join(root, 'compacted'), [Y.encodeStateAsUpdate(doc)], doc),
    history: await storeWith(path.join(root, 'history'), [initial, ...updates], doc),
  };
  const postgres = await startPostgres({ durable: true });
  const postgresUrl = await postgres.createDatabase();
  await fill(await PostgresStorage.open(postgresUrl), [Y.encodeStateAsUpdate(doc)], doc);
  const results: Record<string, { ours: Stats; anchor: Stats; oursBytes: number; anchorBytes: number }> = {};
  const postgresTimes: number[] = [];
  try {
    for (const [name, file] of Object.entries(layouts)) {
      const ours: number[] = [];
      const anchor: number[] = [];
      let oursBytes = 0;
      let anchorBytes = 0;
      for (let run = -1; run < runs; run++) {
        // A fresh copy each time: opening leaves the log as it was, but the page cache should not help one side only.
        const copy = path.join(root, `run-${name}-${run}`);
        fs.mkdirSync(copy);
        fs.copyFileSync(file, path.join(copy, 'pactum.db'));
        // Postgres among the same runs, first in every other one: each load meets the garbage of the
        // one before it, and neither store should always meet the same.
        const postgresFirst = name === 'compacted' && run % 2 === 0;
        const c0 = postgresFirst ? await postgresLoad(postgresUrl) : undefined;
        const a = await openAndServe(SqliteStorage.open(copy));
        const b = rawYjs(stateV2);
        const c = name === 'compacted' && !postgresFirst ? await postgresLoad(postgresUrl) : c0;
        if (run < 0) continue; // warm-up
        ours.push(a.ms);
        anchor.push(b.ms);
        if (c) postgresTimes.push(c.ms);
        oursBytes = a.bytes;
        anchorBytes = b.bytes;
      }
      results[name] = { ours: stats(ours), anchor: stats(anchor), oursBytes, anchorBytes };
    }
  } finally {
    await postgres.stop();
  }
  fs.rmSync(root, { recursive: true, force: true });
  const postgresStats = stats(postgresTimes);

  console.log(`coldload: ${clauses} clauses, ${edits}-edit history, ${runs} runs each`);
  console.log(
    `${'stored log'.padEnd(26)} ${'ours median'.padStart(12)} ${'p95'.padStart(10)} ${'raw Yjs V2'.padStart(11)} ${'time ×'.padStart(7)} ${'ours bytes'.padStart(11)} ${'V2 bytes'.padStart(10)} ${'bytes ×'.padStart(8)}`,
  );
  for (const [name, r] of Object.entries(results)) {
    const rows = name === 'history' ? `${edits + 1} rows` : '1 row';
    console.log(
      `${`${name} (${rows})`.padEnd(26)} ${ms(r.ours.median).padStart(12)} ${ms(r.ours.p95).padStart(10)} ${ms(r.anchor.median).padStart(11)} ${(r.ours.median / r.anchor.median).toFixed(2).padStart(7)} ${String(r.oursBytes).padStart(11)} ${String(r.anchorBytes).padStart(10)} ${(r.oursBytes / r.anchorBytes).toFixed(2).padStart(8)}`,
    );
  }
  const c = results.compacted as (typeof results)[string];
  console.log(
    `coldload: compacted store ${(c.ours.median / c.anchor.median).toFixed(2)}× the time (target ≤ 1.2×), ${(c.oursBytes / c.anchorBytes).toFixed(2)}× the bytes (target ≤ 1.1×)`,
  );
  console.log(
    `coldload: compacted store from Postgres ${ms(postgresStats.median)} median (p95 ${ms(postgresStats.p95)}), ${(postgresStats.median / c.ours.median).toFixed(2)}× SQLite's (target ≤ 1.5×)`,
  );
  console.log(
    `results: ${writeResults(tiny ? 'coldload-tiny' : 'coldload', { clauses, edits, ...results, postgres: postgresStats })}`,
  );
}

/**
 * The compacted treaty loaded from a throwaway Postgres on this machine
 * (fsync on, over loopback) by a node whose connection is open, as the first
 * client of a treaty finds it: only the load and the first full sync are
 * timed, as for SQLite.
 */
async function postgresLoad(url: string): Promise<{ ms: number; bytes: number }> {
  const storage = await PostgresStorage.open(url);
  // A running node has its connections open: the first client's load pays no connection setup.
  await storage.treaties.count();
  return openAndServe(storage);
}
