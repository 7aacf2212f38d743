import net from 'node:net';
import { verifyAuditChain } from '@pactum/shared';
import pg from 'pg';
import { describe, expect, it, onTestFinished } from 'vitest';
import * as Y from 'yjs';
import { testDatabase } from '../../../../tests/helpers/testDatabase.ts';
import { edit, textOf } from '../contract/textLog.ts';
import { isStoreFailure } from '../isStoreFailure.ts';
import { storageContract } from '../storageContract.ts';
import { UnusableStoreError } from '../UnusableStoreError.ts';
import { LOCK_PURPOSE, treatyLockKey } from './advisoryLockKey.ts';
import { POSTGRES_MIGRATIONS } from './migratePostgres.ts';
import { PostgresStorage } from './PostgresStorage.ts';

async function admin(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  onTestFinished(() => client.end());
  return client;
}

async function openStorage(url: string): Promise<PostgresStorage> {
  const storage = await PostgresStorage.open(url);
  onTestFinished(() => storage.close());
  return storage;
}

storageContract('postgres', async () => PostgresStorage.open(await testDatabase()));

describe('PostgresStorage', () => {
  it('migrates once when several nodes open the same empty database at the same moment', async () => {
    const url = await testDatabase();
    const [one, two, three] = await Promise.all([openStorage(url), openStorage(url), openStorage(url)]);
    const { rows } = await one.pool.query('SELECT version, name FROM schema_migrations ORDER BY version');
    expect(rows).toEqual(POSTGRES_MIGRATIONS.map(({ version, name }) => ({ version, name })));
    await two.treaties.create('t-one', { title: 'One', clauseCount: 1 }, edit(new Y.Doc(), 'a'));
    expect(await three.treaties.count()).toBe(1);
  });

  it('refuses a database made by a newer Pactum, without showing the password', async () => {
    const url = await testDatabase();
    await (await openStorage(url)).close();
    const client = await admin(url);
    await client.query("INSERT INTO schema_migrations VALUES (99, 'from the future', '2030-01-01')");
    const withPassword = new URL(url);
    withPassword.password = 'hunter2';
    const refusal = await PostgresStorage.open(withPassword.toString()).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(UnusableStoreError);
    expect((refusal as Error).message).toMatch(
      new RegExp(
        `schema version 99, made by a newer Pactum; this one knows up to ${POSTGRES_MIGRATIONS.at(-1)?.version}`,
      ),
    );
    expect((refusal as Error).message).not.toContain('hunter2');
  });

  it('refuses a database that holds another application’s tables, and writes nothing into it', async () => {
    const url = await testDatabase();
    const client = await admin(url);
    await client.query('CREATE TABLE treaties (id serial PRIMARY KEY, signed_on date)');
    const tables = () =>
      client.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
    const before = (await tables()).rows;
    const refusal = await PostgresStorage.open(url).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(UnusableStoreError);
    expect((refusal as Error).message).toMatch(
      /already holds tables that Pactum did not make \(treaties\)\. Point PACTUM_DATABASE_URL at an empty database/,
    );
    expect((await tables()).rows).toEqual(before);
  });

  it('commits synchronously on every connection, whatever the database’s default', async () => {
    const url = await testDatabase();
    const client = await admin(url);
    await client.query(`ALTER DATABASE ${new URL(url).pathname.slice(1)} SET synchronous_commit = off`);
    const storage = await openStorage(url);
    const connections = await Promise.all(Array.from({ length: 5 }, () => storage.pool.connect()));
    const settings = await Promise.all(connections.map((client) => client.query('SHOW synchronous_commit')));
    for (const client of connections) client.release();
    expect(settings.map(({ rows }) => rows[0]?.synchronous_commit)).toEqual(['on', 'on', 'on', 'on', 'on']);
  });

  it('returns null and changes nothing while another node compacts the treaty', async () => {
    const url = await testDatabase();
    const storage = await openStorage(url);
    const doc = new Y.Doc();
    await storage.treaties.create('t-one', { title: 'One', clauseCount: 1 }, edit(doc, 'a'));
    await storage.treaties.append([{ treatyId: 't-one', update: edit(doc, 'b') }], []);
    const rows = await storage.treaties.load('t-one');
    const state = Y.encodeStateAsUpdate(doc);
    const merged = rows.map((row) => row.seq);

    const other = await admin(url);
    await other.query('BEGIN');
    await other.query(
      'SELECT pg_advisory_xact_lock($1, $2)',
      treatyLockKey(LOCK_PURPOSE.compaction, 't-one'),
    );
    expect(await storage.treaties.compact('t-one', state, merged)).toBeNull();
    expect(await storage.treaties.load('t-one')).toEqual(rows);
    // Another treaty is not held up.
    await storage.treaties.create('t-two', { title: 'Two', clauseCount: 1 }, edit(new Y.Doc(), 'x'));
    expect(await storage.treaties.compact('t-two', edit(new Y.Doc(), 'x'), [])).toEqual(expect.any(Number));
    await other.query('COMMIT');

    expect(await storage.treaties.compact('t-one', state, merged)).toEqual(expect.any(Number));
    const after = await storage.treaties.load('t-one');
    expect(after).toHaveLength(1);
    expect(textOf(after)).toBe('ab');
  });

  it('stores a large update deflated and a keystroke as it is, and loads both back byte for byte', async () => {
    const url = await testDatabase();
    const storage = await openStorage(url);
    const doc = new Y.Doc();
    const paste = edit(doc, 'The Parties shall consult without delay. '.repeat(400));
    const keystroke = edit(doc, '!');
    await storage.treaties.create('t-one', { title: 'One', clauseCount: 1 }, paste);
    await storage.treaties.append([{ treatyId: 't-one', update: keystroke }], []);
    // A row written before large rows were deflated (migration 2) still loads.
    const legacy = edit(doc, ' Done.');
    const client = await admin(url);
    await client.query("INSERT INTO treaty_updates (treaty_id, data) VALUES ('t-one', $1)", [legacy]);

    const { rows } = await client.query<{ size: number; compressed: boolean }>(
      'SELECT octet_length(data) AS size, compressed FROM treaty_updates ORDER BY seq',
    );
    expect(rows.map((row) => row.compressed)).toEqual([true, false, false]);
    expect(rows[0]?.size).toBeLessThan(paste.byteLength / 5);
    const loaded = await storage.treaties.load('t-one');
    expect(loaded.map((row) => Buffer.from(row.data))).toEqual(
      [paste, keystroke, legacy].map((update) => Buffer.from(update)),
    );

    const merged = await storage.treaties.compact(
      't-one',
      Y.encodeStateAsUpdate(doc),
      loaded.map((row) => row.seq),
    );
    expect(merged).toEqual(expect.any(Number));
    const compacted = await client.query<{ compressed: boolean }>('SELECT compressed FROM treaty_updates');
    expect(compacted.rows).toEqual([{ compressed: true }]);
    expect(textOf(await storage.treaties.load('t-one'))).toBe(doc.getText('t').toString());
  });

  it('keeps one unbroken audit chain when two nodes append to it at once', async () => {
    const url = await testDatabase();
    const nodes = [await openStorage(url), await openStorage(url)] as const;
    await nodes[0].treaties.create('t-one', { title: 'One', clauseCount: 1 }, edit(new Y.Doc(), 'a'));
    const actor = { kind: 'operator', name: 'Operator' } as const;
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => {
        const node = nodes[i % 2] ?? nodes[0];
        return i % 4 < 2
          ? node.audit.append('t-one', actor, 'plain', { i })
          : node.transaction((scope) => scope.audit.append('t-one', actor, 'in-transaction', { i }));
      }),
    );
    const entries = await nodes[1].audit.entries('t-one');
    expect(entries).toHaveLength(40);
    expect(verifyAuditChain(entries)).toMatchObject({ ok: true, entries: 40 });
  });

  it('tells the database’s size and the shared buffers as its page cache', async () => {
    const storage = await openStorage(await testDatabase());
    const { rows } = await storage.pool.query(
      "SELECT pg_database_size(current_database())::text AS bytes, pg_size_bytes(current_setting('shared_buffers'))::text AS cache",
    );
    expect(await storage.figures()).toEqual({
      bytes: Number(rows[0]?.bytes),
      walBytes: 0,
      pageCacheLimitBytes: Number(rows[0]?.cache),
    });
  });

  it('replaces a connection the server ended, and counts an unreachable server as a store failure', async () => {
    const url = await testDatabase();
    const storage = await openStorage(url);
    await storage.treaties.create('t-one', { title: 'One', clauseCount: 1 }, edit(new Y.Doc(), 'a'));
    const client = await admin(url);
    await client.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    await expect.poll(() => storage.treaties.count().catch((error: unknown) => error)).toBe(1);

    const closed = new URL(url);
    closed.port = String(await unusedPort());
    const refusal = await PostgresStorage.open(closed.toString()).catch((error: unknown) => error);
    expect(isStoreFailure(refusal)).toBe(true);
  });
});

function unusedPort(): Promise<number> {
  return new Promise((resolve) => {
    // Binding port 0 picks a free port; nothing listens there once it is closed.
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
