import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ServerStatsJSON } from '@pactum/shared';
import { LoadClient } from './fanout/LoadClient.ts';
import { spawnPactum } from './pactumProcess.ts';
import { writeResults } from './writeResults.ts';

const KB = 1024;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / KB / KB).toFixed(1)} MB`;
const pct = (after: number, before: number) => `${(((after - before) / before) * 100).toFixed(1)} %`;

export async function memoryBench(tiny: boolean): Promise<void> {
  const documents = tiny ? 20 : 1000;
  const connections = tiny ? 10 : 200;
  const churnRounds = tiny ? 2 : 5;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-memory-'));
  const adminToken = crypto.randomBytes(24).toString('base64url');
  // `global.gc` exposed, so a reading can be taken after a full collection.
  const server = await spawnPactum({ dataDir, adminToken, nodeArgs: ['--expose-gc'] });
  const base = `http://127.0.0.1:${server.port}/api`;
  const headers = { authorization: `Bearer ${adminToken}` };
  const stats = async (): Promise<ServerStatsJSON> => {
    // Settle first: rooms unload, sockets close and checkpoints are written asynchronously.
    await new Promise((resolve) => setTimeout(resolve, 300));
    return (await (await fetch(`${base}/admin/stats?gc=1`, { headers })).json()) as ServerStatsJSON;
  };
  const connect = async (treatyId: string) => {
    const client = new LoadClient(0, {
      url: `ws://127.0.0.1:${server.port}/collab/${treatyId}`,
      headers,
      barriers: false,
      onApplied: () => {},
    });
    await client.opened;
    await client.roundTrip();
    return client;
  };
  const closeAll = async (clients: LoadClient[], expectConnections = 0) => {
    for (const client of clients) client.close();
    for (let i = 0; i < 100; i++) {
      if ((await stats()).connections <= expectConnections) return;
    }
  };

  try {
    const ids: string[] = [];
    for (let i = 0; i < documents; i++) {
      const response = await fetch(`${base}/treaties`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ title: `Small treaty ${i + 1}` }),
      });
      ids.push(((await response.json()) as { id: string }).id);
    }
    // Warm up the code paths once so the baseline holds compiled code, not a cold process.
    await closeAll([await connect(ids[0] as string)]);
    const baseline = await stats();

    // Documents: every treaty open in a room, one connection each.
    const perDocClients: LoadClient[] = [];
    for (const id of ids) perDocClients.push(await connect(id));
    const allOpen = await stats();
    await closeAll(perDocClients);
    const afterDocuments = await stats();

    // Idle connections: `connections` clients on one treaty, against one.
    const [first, ...others] = await Promise.all(
      Array.from({ length: connections }, () => connect(ids[1] as string)),
    );
    await closeAll(others, 1);
    const oneConnection = await stats();
    const again = await Promise.all(Array.from({ length: connections - 1 }, () => connect(ids[1] as string)));
    const manyConnections = await stats();
    await closeAll([first as LoadClient, ...again]);

    // Churn: waves of clients joining random treaties and leaving.
    for (let round = 0; round < churnRounds; round++) {
      const wave = await Promise.all(
        Array.from({ length: connections }, (_, i) =>
          connect(ids[(round * connections + i * 7) % ids.length] as string),
        ),
      );
      await closeAll(wave);
    }
    const afterChurn = await stats();

    const perDocument = (allOpen.memory.heapUsed - baseline.memory.heapUsed) / documents;
    const perDocumentRss = (allOpen.memory.rss - baseline.memory.rss) / documents;
    const perConnection =
      (manyConnections.memory.heapUsed - oneConnection.memory.heapUsed) / (connections - 1);
    const perConnectionRss = (manyConnections.memory.rss - oneConnection.memory.rss) / (connections - 1);
    console.log(
      `memory: ${documents} small treaties, ${connections} connections, ${churnRounds} churn rounds`,
    );
    console.log(
      `${'reading'.padEnd(44)} ${'heap used'.padStart(10)} ${'RSS'.padStart(10)} ${'rooms'.padStart(6)} ${'conns'.padStart(6)}`,
    );
    const row = (name: string, s: ServerStatsJSON) =>
      console.log(
        `${name.padEnd(44)} ${mb(s.memory.heapUsed).padStart(10)} ${mb(s.memory.rss).padStart(10)} ${String(s.rooms).padStart(6)} ${String(s.connections).padStart(6)}`,
      );
    row('baseline (treaties created, none open)', baseline);
    row(`all ${documents} treaties open, one connection each`, allOpen);
    row('after they all left', afterDocuments);
    row('one connection on one treaty', oneConnection);
    row(`${connections} idle connections on it`, manyConnections);
    row(`after ${churnRounds} churn rounds, everyone gone`, afterChurn);
    console.log(
      `memory: ${kb(perDocument)} heap (${kb(perDocumentRss)} RSS) per open document with its connection; ` +
        `${kb(perConnection)} heap (${kb(perConnectionRss)} RSS) per idle connection (target ≤ 50 KB); ` +
        `after everyone left: heap ${pct(afterChurn.memory.heapUsed, baseline.memory.heapUsed)}, RSS ${pct(afterChurn.memory.rss, baseline.memory.rss)} from baseline (target ± 10 %)`,
    );
    console.log(
      `results: ${writeResults(tiny ? 'memory-tiny' : 'memory', {
        documents,
        connections,
        churnRounds,
        perDocument,
        perDocumentRss,
        perConnection,
        perConnectionRss,
        readings: { baseline, allOpen, afterDocuments, oneConnection, manyConnections, afterChurn },
      })}`,
    );
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
