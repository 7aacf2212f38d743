import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import * as Y from 'yjs';
import { SqliteStorage } from '../../server/src/persistence/sqlite/SqliteStorage.ts';

/**
 * What durability alone costs: our store committing one small update at a
 * time (SQLite WAL, synchronous=FULL, on the disk the benchmark's servers
 * use), at `rate` commits a second. Returns the milliseconds of each commit.
 */
export async function commitProbe(seed: Uint8Array, rate: number, durationMs: number): Promise<number[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-commit-probe-'));
  const storage = SqliteStorage.open(dir);
  try {
    await storage.treaties.create('t-probe', { title: 'probe', clauseCount: 0 }, seed);
    const doc = new Y.Doc();
    const text = doc.getText('probe');
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    const samples: number[] = [];
    const start = performance.now();
    for (let i = 0; performance.now() - start < durationMs; i++) {
      text.insert(text.length, 'x');
      const update = updates.pop() as Uint8Array;
      const before = performance.now();
      await storage.treaties.append(
        [{ treatyId: 't-probe', update }],
        [{ treatyId: 't-probe', title: 'probe', clauseCount: 0 }],
      );
      samples.push(performance.now() - before);
      await sleep(Math.max(0, start + ((i + 1) * 1000) / rate - performance.now()));
    }
    return samples;
  } finally {
    await storage.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
