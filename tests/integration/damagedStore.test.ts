import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { readTreaty, sampleTreatyId } from '../helpers/api.ts';
import { CollabClient } from '../helpers/CollabClient.ts';
import { startServer } from '../helpers/startServer.ts';

/** A data directory holding a real store: the sample treaty with one confirmed edit. */
async function storeWithAnEdit(): Promise<{ dataDir: string; file: string; id: string; text: string }> {
  const server = await startServer();
  const id = await sampleTreatyId(server.url);
  const client = new CollabClient(server.wsUrl, id);
  await client.synced();
  client.bodyText(0).insert(0, 'Kept before the damage. ');
  await client.allConfirmed();
  const text = (await readTreaty(server.url, id)).clauses[0]?.text ?? '';
  client.destroy();
  expect(await server.stop()).toBe(0);
  return { dataDir: server.dataDir, file: path.join(server.dataDir, 'pactum.db'), id, text };
}

/** The exit code and output of a server that must refuse to start on `dataDir`. */
async function refusedStart(dataDir: string): Promise<{ code: number; output: string }> {
  const error = await startServer({ dataDir }).then(
    () => {
      throw new Error('the server started');
    },
    (failure: Error) => failure,
  );
  const match = /server exited with (\d+) before listening:\n([\s\S]*)/.exec(error.message);
  if (!match) throw error;
  return { code: Number(match[1]), output: match[2] ?? '' };
}

const damages: Array<[string, (bytes: Buffer) => Buffer, RegExp]> = [
  ['truncated to half', (bytes) => bytes.subarray(0, bytes.length / 2), /cannot be read|is damaged/],
  [
    'truncated by its last page',
    (bytes) => bytes.subarray(0, bytes.length - 4096),
    /cannot be read|is damaged/,
  ],
  ['overwritten with garbage', (bytes) => crypto.randomBytes(bytes.length), /cannot be read/],
  ['truncated to nothing', () => Buffer.alloc(0), /is empty \(0 bytes\)/],
];

describe('a damaged or foreign data directory', () => {
  it.each(damages)(
    'refuses to start on a pactum.db %s, with a clear message, and leaves the file as it is',
    async (_name, damage, message) => {
      const { dataDir, file } = await storeWithAnEdit();
      const damaged = damage(fs.readFileSync(file));
      fs.writeFileSync(file, damaged);

      const { code, output } = await refusedStart(dataDir);
      expect(code).toBe(3);
      expect(output).toMatch(/^Pactum cannot start: .*pactum\.db /m);
      expect(output).toMatch(message);
      expect(output).toMatch(/npm run pactum -- restore/);
      expect(output).not.toMatch(/Pactum is running|sample treaty/);
      expect(fs.readFileSync(file).equals(damaged)).toBe(true);
    },
  );

  it("refuses another application's SQLite file and changes nothing in it", async () => {
    const { dataDir, file } = await storeWithAnEdit();
    fs.rmSync(file);
    const foreign = new Database(file);
    foreign.exec(
      "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('hello')",
    );
    foreign.close();
    const before = fs.readFileSync(file);

    const { code, output } = await refusedStart(dataDir);
    expect(code).toBe(3);
    expect(output).toMatch(/is not a Pactum database: it was made by another application \(tables: notes\)/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('opens a Pactum store from before the application id, serves it, and marks it as Pactum’s', async () => {
    const { dataDir, file, id, text } = await storeWithAnEdit();
    const db = new Database(file);
    db.pragma('application_id = 0');
    db.close();

    const server = await startServer({ dataDir });
    expect((await readTreaty(server.url, id)).clauses[0]?.text).toBe(text);
    expect(await server.stop()).toBe(0);
    const after = new Database(file, { readonly: true });
    expect(after.pragma('application_id', { simple: true })).toBe(0x5043544d);
    after.close();
  });
});
