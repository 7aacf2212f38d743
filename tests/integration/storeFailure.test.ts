import { execFileSync } from 'node:child_process';
import { ApiErrorCode, CloseCode, TagRoot } from '@pactum/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { call, operatorHeaders } from '../helpers/access.ts';
import { readTreaty, sampleTreatyId } from '../helpers/api.ts';
import { CollabClient } from '../helpers/CollabClient.ts';
import { pactumCli } from '../helpers/cli.ts';
import { retry } from '../helpers/retry.ts';
import { type RunningServer, startServer } from '../helpers/startServer.ts';
import { storeIsPostgres } from '../helpers/storeEnv.ts';
import { openStoreSql } from '../helpers/storeSql.ts';

/**
 * The disk is full, as far as the server process can tell. On SQLite, with a
 * file size limit of 0 (RLIMIT_FSIZE, set from outside with prlimit) every
 * write that would grow a file fails with EFBIG, which SQLite reports as an
 * I/O error, exactly where ENOSPC would hit. On Postgres, every write to a
 * table fails with SQLSTATE 53100 (disk_full), Postgres's answer when it
 * cannot extend a table's file, while reads go on. Lifting either is the disk
 * getting space back; the process is not restarted or told.
 */
async function diskFull(server: RunningServer, full: boolean): Promise<void> {
  if (!storeIsPostgres()) {
    execFileSync('prlimit', ['--pid', String(server.process.pid), `--fsize=${full ? 0 : 'unlimited'}:`]);
    return;
  }
  const store = await openStoreSql(server.dataDir);
  try {
    await store.run(full ? FILL_TABLES : 'DROP FUNCTION disk_full() CASCADE');
  } finally {
    await store.close();
  }
}

const FILL_TABLES = `
  CREATE FUNCTION disk_full() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = 'disk_full';
  END $$;
  DO $$
  DECLARE name text;
  BEGIN
    FOR name IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() LOOP
      EXECUTE format(
        'CREATE TRIGGER disk_full BEFORE INSERT OR UPDATE OR DELETE ON %I EXECUTE FUNCTION disk_full()',
        name
      );
    END LOOP;
  END $$`;

describe('a store that cannot write (disk full)', () => {
  it('confirms nothing, tells the clients, keeps serving reads, answers writes with 503, and recovers without a restart', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const chair = operatorHeaders(server);
    const a = new CollabClient(server.wsUrl, id);
    const b = new CollabClient(server.wsUrl, id);
    await Promise.all([a.synced(), b.synced()]);
    a.bodyText(0).insert(0, 'Stored before. ');
    await a.allConfirmed();

    await diskFull(server, true);
    a.bodyText(0).insert(0, 'Typed while the disk is full. ');
    // The room cannot store it: every connection is told to come back later, and does.
    await retry(() => expect(a.closes.map((c) => c.code)).toContain(CloseCode.StoreFailed));
    await retry(() => expect(b.closes.map((c) => c.code)).toContain(CloseCode.StoreFailed));
    expect(server.process.exitCode).toBeNull();

    for (let read = 0; read < 5; read++) {
      const stored = await readTreaty(server.url, id);
      expect(stored.clauses[0]?.text).toMatch(/^Stored before\. /);
      expect(stored.clauses[0]?.text).not.toContain('disk is full');
      expect((await call(server, 'GET', `/treaties/${id}/versions`, { headers: chair })).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(a.isConfirmed()).toBe(false);
    // B was shown the edit before the commit failed and keeps it (a CRDT does not take it back).
    expect(b.bodyText(0).toString()).toMatch(/^Typed while the disk is full\. /);

    const party = await call(server, 'PUT', `/treaties/${id}/parties/ZZ`, {
      headers: chair,
      body: { name: 'Zedland' },
    });
    expect(party.status).toBe(503);
    expect(party.body.error.code).toBe(ApiErrorCode.StoreUnavailable);
    const version = await call(server, 'POST', `/treaties/${id}/versions`, {
      headers: chair,
      body: { name: 'Written on a full disk' },
    });
    expect(version.status).toBe(503);
    const created = await call(server, 'POST', '/treaties', { headers: chair, body: { title: 'New' } });
    expect(created.status).toBe(503);
    expect(created.body.error.code).toBe(ApiErrorCode.StoreUnavailable);

    await diskFull(server, false);
    // The client's own reconnects deliver the edit once it can be stored.
    await a.allConfirmed(15_000);
    await retry(() =>
      expect(b.bodyText(0).toString()).toMatch(/^Typed while the disk is full\. Stored before\. /),
    );
    const after = await readTreaty(server.url, id);
    expect(after.clauses[0]?.text.split('Typed while the disk is full.')).toHaveLength(2);
    expect(
      (await call(server, 'PUT', `/treaties/${id}/parties/ZZ`, { headers: chair, body: { name: 'Zedland' } }))
        .status,
    ).toBe(201);
    expect(
      (await call(server, 'POST', `/treaties/${id}/versions`, { headers: chair, body: { name: 'After' } }))
        .status,
    ).toBe(201);
    const audit = await call(server, 'GET', `/treaties/${id}/audit`, { headers: chair });
    expect(JSON.stringify(audit.body).match(/Zedland/g)).toHaveLength(1);
    a.destroy();
    b.destroy();
    expect(await server.stop()).toBe(0);

    // Nothing half-written: the store is whole, one party, one version, an intact audit chain.
    const store = await openStoreSql(server.dataDir);
    if (!storeIsPostgres()) {
      expect(await store.all('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    }
    expect(await store.all('SELECT name FROM versions WHERE kind = ?', 'named')).toEqual([{ name: 'After' }]);
    expect(await store.all('SELECT id FROM treaties')).toEqual([{ id }]);
    const doc = new Y.Doc();
    const rows = await store.updates(id);
    for (const row of rows) Y.applyUpdate(doc, row.data);
    await store.close();
    expect([...doc.getMap(TagRoot.parties).keys()].filter((code) => code === 'ZZ')).toHaveLength(1);
    const verified = await pactumCli(server.dataDir, 'verify', id);
    expect(verified.stdout).toMatch(/intact/);
    expect(verified.code).toBe(0);
  });
});
