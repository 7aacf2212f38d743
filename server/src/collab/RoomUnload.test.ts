import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clauseBodyElement, writeTreatyToYDoc } from '@pactum/shared';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SqliteStorage } from '../persistence/sqlite/SqliteStorage.ts';
import { defaultRoomHooks } from './defaultRoomHooks.ts';
import { GroupCommit } from './GroupCommit.ts';
import { LocalRelay } from './LocalRelay.ts';
import { RoomRegistry } from './RoomRegistry.ts';

const TREATY = 't-unload';

describe('Room unload', () => {
  it('waits for a compaction under way and then merges the rows stored after it began', async () => {
    const storage = SqliteStorage.open(fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-unload-')));
    const seed = new Y.Doc();
    writeTreatyToYDoc(seed, {
      title: 'Accord',
      preamble: [],
      clauses: [{ heading: 'Scope', paragraphs: ['x'] }],
    });
    await storage.treaties.create(TREATY, { title: 'Accord', clauseCount: 1 }, Y.encodeStateAsUpdate(seed));
    // The first compaction waits until the test lets it go, as a slow store would.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const compact = storage.treaties.compact.bind(storage.treaties);
    let compactions = 0;
    storage.treaties.compact = async (...args) => {
      compactions += 1;
      if (compactions === 1) await held;
      return compact(...args);
    };
    const commits = new GroupCommit(storage);
    const rooms = new RoomRegistry({
      storage,
      commits,
      relay: new LocalRelay(),
      log: pino({ level: 'silent' }),
      compactAfterRows: 2,
      hooks: defaultRoomHooks,
    });
    const room = await rooms.open(TREATY);
    const type = async (word: string) => {
      const text = (clauseBodyElement(room.doc, 0).get(0) as Y.XmlElement).get(0) as Y.XmlText;
      text.insert(text.length, ` ${word}`);
      await commits.flush();
    };
    await type('one');
    await type('two');
    expect(compactions).toBe(1); // three rows: a compaction began, and waits
    await type('three');

    const unloading = room.unload();
    release();
    await unloading;
    const rows = await storage.treaties.load(TREATY);
    expect(rows).toHaveLength(1);
    const stored = new Y.Doc();
    for (const row of rows) Y.applyUpdate(stored, row.data);
    expect(clauseBodyElement(stored, 0).toString()).toContain('x one two three');
  });
});
