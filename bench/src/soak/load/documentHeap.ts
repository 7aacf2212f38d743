import { execFile } from 'node:child_process';
import * as Y from 'yjs';
import { LoadClient } from '../../fanout/LoadClient.ts';

/** The full state of each treaty, as a new client receives it. */
export async function documentStates(urls: string[], headers: Record<string, string>): Promise<Uint8Array[]> {
  const states: Uint8Array[] = [];
  for (const [i, url] of urls.entries()) {
    const client = new LoadClient(2000 + i, { url, headers, barriers: false, onApplied: () => {} });
    try {
      await client.opened;
      await client.roundTrip();
      states.push(Y.encodeStateAsUpdate(client.doc));
    } finally {
      client.socket.close(1000);
      client.doc.destroy();
    }
  }
  return states;
}

/**
 * The V8 heap each set of documents takes once loaded into Y.Docs, each set
 * measured in a fresh Node process of its own (one after the other in one
 * process, the first of two came out at -5.9 MB in a 60-minute run): what the server must hold for
 * those documents whatever else it does (their items, ids and tombstones),
 * the same run's anchor for its own memory growth.
 */
export async function documentHeapBytes(sets: Uint8Array[][]): Promise<number[]> {
  const measured: number[] = [];
  for (const set of sets) measured.push(await heapOf(set));
  return measured;
}

function heapOf(states: Uint8Array[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['--expose-gc', new URL('./documentHeapWorker.mjs', import.meta.url).pathname],
      { maxBuffer: 1024 * 1024 },
      (error, stdout) => {
        if (error) reject(error);
        else resolve((JSON.parse(stdout) as { heapBytes: number }).heapBytes);
      },
    );
    const base64 = states.map((state) => Buffer.from(state).toString('base64'));
    child.stdin?.end(JSON.stringify({ states: base64 }));
  });
}
