import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getJSON, readTreaty, sampleTreatyId } from '../helpers/api.ts';
import { CollabClient } from '../helpers/CollabClient.ts';
import { openRawSocket } from '../helpers/rawSocket.ts';
import { retry } from '../helpers/retry.ts';
import { startServer } from '../helpers/startServer.ts';
import { openStoreSql } from '../helpers/storeSql.ts';

const roomCount = async (url: string) => (await getJSON<{ rooms: number }>(`${url}/api/health`)).body.rooms;

describe('room lifecycle', () => {
  it('unloads a room when its last client leaves and compacts its update log', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const clients = [0, 1, 2].map(() => new CollabClient(server.wsUrl, id));
    await Promise.all(clients.map((c) => c.synced()));
    expect(await roomCount(server.url)).toBe(1);
    for (const [i, client] of clients.entries()) {
      for (let n = 0; n < 20; n++) client.bodyText(i).insert(0, `${n} `);
    }
    await Promise.all(clients.map((c) => c.allConfirmed()));
    const text = (await readTreaty(server.url, id)).clauses.map((c) => c.text);
    for (const client of clients) client.destroy();

    await retry(async () => expect(await roomCount(server.url)).toBe(0));
    await server.stop();
    const store = await openStoreSql(server.dataDir);
    const rows = await store.all('SELECT seq FROM treaty_updates WHERE treaty_id = ?', id);
    await store.close();
    expect(rows).toHaveLength(1);
    const restarted = await startServer({ dataDir: server.dataDir });
    expect((await readTreaty(restarted.url, id)).clauses.map((c) => c.text)).toEqual(text);
  });

  it('refuses connections to a treaty whose stored log cannot be read, and overwrites nothing', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    await server.stop();
    const store = await openStoreSql(server.dataDir);
    const [state] = await store.updates(id);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state?.data as Uint8Array);
    (doc.getXmlFragment('treaty').get(0) as Y.XmlElement).insert(0, [new Y.XmlText('x'.repeat(100))]);
    const corrupt = Y.encodeStateAsUpdate(doc).slice(0, -40);
    await store.run('INSERT INTO treaty_updates (treaty_id, data) VALUES (?, ?)', id, corrupt);
    const allRows = 'SELECT seq, data FROM treaty_updates ORDER BY seq';
    const rowsBefore = await store.all(allRows);
    await store.close();

    const restarted = await startServer({ dataDir: server.dataDir });
    const raw = await openRawSocket(`${restarted.wsUrl}/collab/${id}`);
    expect((await raw.closed).code).toBe(4500);
    const client = new CollabClient(restarted.wsUrl, id);
    expect((await client.closedWith()).code).toBe(4500);
    client.destroy();
    const rest = await getJSON<{ error: { code: string } }>(`${restarted.url}/api/treaties/${id}`);
    expect(rest.status).toBe(500);
    expect(await roomCount(restarted.url)).toBe(0);
    await restarted.stop();

    const after = await openStoreSql(server.dataDir);
    expect(await after.all(allRows)).toEqual(rowsBefore);
    await after.close();
  });
});
