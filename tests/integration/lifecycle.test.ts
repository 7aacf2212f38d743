import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getJSON, readTreaty, sampleTreatyId } from '../helpers/api.ts';
import { CollabClient } from '../helpers/CollabClient.ts';
import { openRawSocket } from '../helpers/rawSocket.ts';
import { retry } from '../helpers/retry.ts';
import { startServer } from '../helpers/startServer.ts';

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
    const db = new Database(path.join(server.dataDir, 'pactum.db'), { readonly: true });
    const rows = db.prepare('SELECT count(*) FROM treaty_updates WHERE treaty_id = ?').pluck().get(id);
    db.close();
    expect(rows).toBe(1);
    const restarted = await startServer({ dataDir: server.dataDir });
    expect((await readTreaty(restarted.url, id)).clauses.map((c) => c.text)).toEqual(text);
  });

  it('refuses connections to a treaty whose stored log cannot be read, and overwrites nothing', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    await server.stop();
    const file = path.join(server.dataDir, 'pactum.db');
    const db = new Database(file);
    const [state] = db
      .prepare('SELECT data FROM treaty_updates WHERE treaty_id = ?')
      .pluck()
      .all(id) as Buffer[];
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state as Buffer);
    (doc.getXmlFragment('treaty').get(0) as Y.XmlElement).insert(0, [new Y.XmlText('x'.repeat(100))]);
    const corrupt = Y.encodeStateAsUpdate(doc).slice(0, -40);
    db.prepare('INSERT INTO treaty_updates (treaty_id, data) VALUES (?, ?)').run(id, corrupt);
    const rowsBefore = db.prepare('SELECT seq, data FROM treaty_updates ORDER BY seq').all();
    db.close();

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

    const after = new Database(file, { readonly: true });
    expect(after.prepare('SELECT seq, data FROM treaty_updates ORDER BY seq').all()).toEqual(rowsBefore);
    after.close();
  });
});
