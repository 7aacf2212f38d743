import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ServerStatsJSON } from '@pactum/shared';
import { describe, expect, it } from 'vitest';
import { call, operatorHeaders } from '../helpers/access.ts';
import { sampleTreatyId } from '../helpers/api.ts';
import { CollabClient } from '../helpers/CollabClient.ts';
import { pactumCli } from '../helpers/cli.ts';
import { LEGACY_STORE, legacyDataDir } from '../helpers/legacyStore.ts';
import { startServer } from '../helpers/startServer.ts';
import { storeEnv, storeIsPostgres } from '../helpers/storeEnv.ts';
import { openStoreSql, storedTexts } from '../helpers/storeSql.ts';

// Only in the Postgres run (tests/integration/vitest.postgres.config.ts): its other tests pass on
// SQLite too, so this one shows that their servers really kept everything in Postgres.
describe('the store on Postgres', () => {
  it('is the database of PACTUM_DATABASE_URL: edits land in it, the data directory stays empty, the statistics are its own', async () => {
    expect(storeIsPostgres()).toBe(true);
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const client = new CollabClient(server.wsUrl, id);
    await client.synced();
    client.bodyText(0).insert(0, 'Stored in Postgres. ');
    await client.allConfirmed();
    client.destroy();

    const store = await openStoreSql(server.dataDir);
    const [database] = await store.all<{ bytes: string; cache: string }>(
      `SELECT pg_database_size(current_database()) AS bytes,
         pg_size_bytes(current_setting('shared_buffers')) AS cache`,
    );
    expect(await store.all('SELECT id FROM treaties')).toEqual([{ id }]);
    await store.close();
    // Read from Postgres itself, whether the room has compacted the log by now or not.
    expect((await storedTexts(server.dataDir, id))[0]).toMatch(/^Stored in Postgres\. /);
    expect(fs.readdirSync(server.dataDir)).toEqual([]);

    const stats = (await call(server, 'GET', '/admin/stats', { headers: operatorHeaders(server) }))
      .body as ServerStatsJSON;
    // The database's own size and Postgres's shared buffers, where SQLite would report its file,
    // its write-ahead log and its page cache.
    expect(stats.store.pageCacheLimitBytes).toBe(Number(database?.cache));
    expect(stats.store.walBytes).toBe(0);
    expect(Math.abs(stats.store.bytes - Number(database?.bytes))).toBeLessThan(1_000_000);
  });

  it('refuses backup and restore of the SQLite file, pointing at pg_dump, and writes nothing', async () => {
    const server = await startServer();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-backup-')), 'x.db');
    for (const command of ['backup', 'restore']) {
      const refused = await pactumCli(server.dataDir, command, file);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(
        `${command} works on the SQLite store; with PACTUM_DATABASE_URL set, use Postgres's own tools (pg_dump, pg_restore)`,
      );
    }
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.readdirSync(server.dataDir)).toEqual([]);
  });

  it('takes a SQLite store made by the previous main with migrate-store, and a server on Postgres serves all of it', async () => {
    const sqliteDir = legacyDataDir();
    const { PACTUM_DATABASE_URL: url } = await storeEnv();
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-pg-served-'));
    const copied = await pactumCli(sqliteDir, 'migrate-store', '--to', url as string);
    expect(copied.stderr).toBe('');
    expect(copied.code).toBe(0);
    expect(copied.stdout).toMatch(/copied .* in [\d.]+ s: 2 treaties, .*; every audit chain intact/);
    // The password-less URL of a test cluster is printed; a password never is (redactDatabaseUrl).
    const again = await pactumCli(sqliteDir, 'migrate-store', '--to', url as string);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^migrate-store refused: /);

    const server = await startServer({ dataDir: empty, env: { PACTUM_DATABASE_URL: url as string } });
    const headers = operatorHeaders(server);
    const list = (await call(server, 'GET', '/treaties', { headers })).body as { treaties: { id: string }[] };
    expect(list.treaties.map((t) => t.id).sort()).toEqual([...LEGACY_STORE.treaties].sort());
    const sample = LEGACY_STORE.sampleTreaty;
    const verified = await call(server, 'GET', `/treaties/${sample}/audit/verify`, { headers });
    expect(verified.body).toMatchObject({ ok: true });
    const members = (await call(server, 'GET', `/treaties/${sample}/members`, { headers })).body as {
      members: { id: string }[];
    };
    expect(members.members.map((m) => m.id)).toContain(LEGACY_STORE.member);
    const version = await call(server, 'GET', `/treaties/${sample}/versions/${LEGACY_STORE.namedVersion}`, {
      headers,
    });
    expect(version.status).toBe(200);
    // The live text loads from Postgres and takes an edit like any other.
    const client = new CollabClient(server.wsUrl, sample);
    await client.synced();
    expect(client.clauseCount()).toBe(12);
    client.bodyText(0).insert(0, 'After the move. ');
    await client.allConfirmed();
    client.destroy();
    expect(fs.readdirSync(empty)).toEqual([]);
  });
});
