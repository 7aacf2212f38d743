import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ApiErrorCode, CloseCode, TagRoot } from '@pactum/shared';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { call, operatorHeaders } from '../helpers/access.ts';
import { readTreaty, sampleTreatyId } from '../helpers/api.ts';
import { CollabClient } from '../helpers/CollabClient.ts';
import { pactumCli } from '../helpers/cli.ts';
import { retry } from '../helpers/retry.ts';
import { startServer } from '../helpers/startServer.ts';

/**
 * The disk is full, as far as the server process can tell: with a file size
 * limit of 0 (RLIMIT_FSIZE, set from outside with prlimit) every write that
 * would grow a file fails with EFBIG, which SQLite reports as an I/O error,
 * exactly where ENOSPC would hit. Raising the limit is the disk getting space
 * back; the process is not restarted or told.
 */
function diskFull(pid: number, full: boolean): void {
  execFileSync('prlimit', ['--pid', String(pid), `--fsize=${full ? 0 : 'unlimited'}:`]);
}

describe('a store that cannot write (disk full)', () => {
  it('confirms nothing, tells the clients, keeps serving reads, answers writes with 503, and recovers without a restart', async () => {
    const server = await startServer();
    const pid = server.process.pid as number;
    const id = await sampleTreatyId(server.url);
    const chair = operatorHeaders(server);
    const a = new CollabClient(server.wsUrl, id);
    const b = new CollabClient(server.wsUrl, id);
    await Promise.all([a.synced(), b.synced()]);
    a.bodyText(0).insert(0, 'Stored before. ');
    await a.allConfirmed();

    diskFull(pid, true);
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
    expect(b.bodyText(0).toString()).not.toContain('disk is full');

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

    diskFull(pid, false);
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

    // Nothing half-written: the file is whole, one party, one version, an intact audit chain.
    const db = new Database(path.join(server.dataDir, 'pactum.db'), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT name FROM versions WHERE kind = ?').pluck().all('named')).toEqual(['After']);
    expect(db.prepare('SELECT count(*) FROM treaties').pluck().get()).toBe(1);
    const doc = new Y.Doc();
    for (const row of db.prepare('SELECT data FROM treaty_updates WHERE treaty_id = ?').pluck().all(id)) {
      Y.applyUpdate(doc, row as Buffer);
    }
    db.close();
    expect([...doc.getMap(TagRoot.parties).keys()].filter((code) => code === 'ZZ')).toHaveLength(1);
    const verified = await pactumCli(server.dataDir, 'verify', id);
    expect(verified.stdout).toMatch(/intact/);
    expect(verified.code).toBe(0);
  });
});
