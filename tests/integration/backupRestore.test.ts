import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { treatyFromYDoc } from '@pactum/shared';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { call, memberOf, operatorHeaders } from '../helpers/access.ts';
import { createTreaty, readTreaty, sampleTreatyId } from '../helpers/api.ts';
import { CollabClient } from '../helpers/CollabClient.ts';
import { pactumCli } from '../helpers/cli.ts';
import { retry } from '../helpers/retry.ts';
import { type RunningServer, startServer } from '../helpers/startServer.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-restore-'));

/** The treaty as stored in a store file (a backup), read without any server. */
function storedTreaty(file: string, treatyId: string) {
  const db = new Database(file, { readonly: true });
  const rows = db
    .prepare('SELECT data FROM treaty_updates WHERE treaty_id = ? ORDER BY seq')
    .pluck()
    .all(treatyId);
  const integrity = db.pragma('integrity_check', { simple: true });
  db.close();
  const doc = new Y.Doc();
  for (const row of rows as Buffer[]) Y.applyUpdate(doc, row);
  return { integrity, treaty: treatyFromYDoc(doc) };
}

function epochOf(dataDir: string, treatyId: string): string {
  const db = new Database(path.join(dataDir, 'pactum.db'), { readonly: true });
  const epoch = db.prepare('SELECT epoch FROM treaties WHERE id = ?').pluck().get(treatyId) as string;
  db.close();
  return epoch;
}

/** What a restore must reproduce of a treaty, read over REST as the operator. */
async function snapshot(server: RunningServer, id: string) {
  const chair = operatorHeaders(server);
  const { updatedAt: _updatedAt, ...treaty } = await readTreaty(server.url, id);
  return {
    treaty,
    versions: (await call(server, 'GET', `/treaties/${id}/versions`, { headers: chair })).body,
    members: (await call(server, 'GET', `/treaties/${id}/members`, { headers: chair })).body,
    audit: (await call(server, 'GET', `/treaties/${id}/audit`, { headers: chair })).body.entries as Array<{
      event: string;
    }>,
  };
}

describe('backup and restore', () => {
  it('backs up a consistent copy while delegations type, and restores it into an empty data directory with the same treaties, versions, members and audit chain', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const chair = operatorHeaders(server);
    const second = await createTreaty(server.url, 'Second treaty');
    const olena = await memberOf(server, id, 'Olena', 'UA');
    await memberOf(server, id, 'Observer', 'OBS', 'observer');
    expect(
      (await call(server, 'POST', `/treaties/${id}/versions`, { headers: chair, body: { name: 'Before' } }))
        .status,
    ).toBe(201);

    const typists = [0, 1, 2].map((i) => new CollabClient(server.wsUrl, i === 2 ? second.id : id));
    await Promise.all(typists.map((t) => t.synced()));
    const sent: Array<Array<{ token: string; seq: number }>> = typists.map(() => []);
    let typing = true;
    const loops = typists.map(async (typist, i) => {
      for (let n = 0; typing; n++) {
        const text = typist.bodyText(i === 2 ? 0 : i);
        const token = `[t${i}-${n}]`;
        text.insert(text.length, token);
        sent[i]?.push({ token, seq: typist.changeSeq() });
        // Up to 50 keys a second, over twice a fast typist (the server closes past 60 a second: 4429).
        await sleep(20);
      }
    });
    await sleep(500);
    const confirmedBefore = typists.map((typist, i) =>
      (sent[i] ?? []).filter(({ seq }) => typist.isConfirmed(seq)).map(({ token }) => token),
    );
    const file = path.join(tempDir(), 'pactum-backup.db');
    const backup = await pactumCli(server.dataDir, 'backup', file);
    const sentDuringBackup = sent.map((tokens) => tokens.length);
    await sleep(300);
    typing = false;
    await Promise.all(loops);
    await Promise.all(typists.map((t) => t.allConfirmed()));
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/backed up .* 2 treaties, 1 versions, \d+ members, \d+ audit entries/);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['pactum-backup.db']);

    // A snapshot of one moment: each typist's tokens in the backup are a prefix of what it
    // sent, holding everything confirmed before the backup began and nothing typed after it.
    for (const [i, tokens] of sent.entries()) {
      const { integrity, treaty } = storedTreaty(file, i === 2 ? second.id : id);
      expect(integrity).toBe('ok');
      const text = treaty.clauses[i === 2 ? 0 : i]?.text ?? '';
      const present = tokens.map(({ token }) => text.includes(token));
      const prefix = present.indexOf(false) === -1 ? present.length : present.indexOf(false);
      expect(present.slice(prefix).every((held) => !held)).toBe(true);
      expect(prefix).toBeGreaterThanOrEqual(confirmedBefore[i]?.length ?? 0);
      expect(confirmedBefore[i]?.length).toBeGreaterThan(5);
      expect(prefix).toBeLessThanOrEqual(sentDuringBackup[i] ?? 0);
    }

    // Restored while the original goes on: the backup's treaties, versions, members and chain.
    const restoredDir = path.join(tempDir(), 'data');
    const restore = await pactumCli(restoredDir, 'restore', file);
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(
      /restored .* 2 treaties, 1 versions, \d+ members, \d+ audit entries; every audit chain intact/,
    );
    const restored = await startServer({
      dataDir: restoredDir,
      env: { PACTUM_ADMIN_TOKEN: server.adminToken },
    });
    const fromBackup = storedTreaty(file, id).treaty;
    expect((await readTreaty(restored.url, id)).clauses).toEqual(fromBackup.clauses);
    const original = await snapshot(server, id);
    const copy = await snapshot(restored, id);
    expect(copy.versions).toEqual(original.versions);
    expect(copy.members).toEqual(original.members);
    expect(copy.audit.slice(0, -1)).toEqual(original.audit);
    expect(copy.audit.at(-1)?.event).toBe('store.restored');
    expect((await call(restored, 'GET', `/treaties/${id}/audit/verify`, { headers: chair })).body.ok).toBe(
      true,
    );
    expect((await call(restored, 'GET', `/treaties/${id}`, { headers: olena.headers })).status).toBe(200);
    expect(epochOf(restoredDir, id)).not.toBe(epochOf(server.dataDir, id));
    await restored.stop();

    // Once nobody types, a backup restores to exactly what the server serves.
    const quietFile = path.join(tempDir(), 'quiet.db');
    expect((await pactumCli(server.dataDir, 'backup', quietFile)).code).toBe(0);
    const quietDir = path.join(tempDir(), 'data');
    expect((await pactumCli(quietDir, 'restore', quietFile)).code).toBe(0);
    const quiet = await startServer({ dataDir: quietDir, env: { PACTUM_ADMIN_TOKEN: server.adminToken } });
    for (const treatyId of [id, second.id]) {
      const live = await snapshot(server, treatyId);
      const back = await snapshot(quiet, treatyId);
      expect(back.treaty).toEqual(live.treaty);
      expect(back.versions).toEqual(live.versions);
      expect(back.members).toEqual(live.members);
      expect(back.audit.slice(0, -1)).toEqual(live.audit);
      expect(
        (await call(quiet, 'GET', `/treaties/${treatyId}/audit/verify`, { headers: chair })).body.ok,
      ).toBe(true);
    }
    const reader = new CollabClient(quiet.wsUrl, id);
    await reader.synced();
    await retry(() =>
      expect(Y.encodeStateVector(reader.doc)).toEqual(Y.encodeStateVector(typists[0]?.doc as Y.Doc)),
    );
    reader.destroy();
    for (const typist of typists) typist.destroy();
  }, 180_000);

  it('refuses a data directory that is not empty and a file that is not a Pactum backup, and leaves both as they were', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const file = path.join(tempDir(), 'backup.db');
    expect((await pactumCli(server.dataDir, 'backup', file)).code).toBe(0);
    const again = await pactumCli(server.dataDir, 'backup', file);
    expect(again.code).toBe(1);
    await server.stop();

    const storeBefore = fs.readFileSync(path.join(server.dataDir, 'pactum.db'));
    const intoUsed = await pactumCli(server.dataDir, 'restore', file);
    expect(intoUsed.code).toBe(1);
    expect(intoUsed.stderr).toMatch(
      /restore refused: .* is not empty \(pactum\.db\): a restore goes only into an empty data directory/,
    );
    expect(fs.readFileSync(path.join(server.dataDir, 'pactum.db')).equals(storeBefore)).toBe(true);

    const dir = tempDir();
    const garbage = path.join(dir, 'garbage.db');
    fs.writeFileSync(garbage, Buffer.alloc(8192, 0x41));
    const foreign = path.join(dir, 'notes.db');
    const notes = new Database(foreign);
    notes.exec('CREATE TABLE notes (body TEXT)');
    notes.close();
    const empty = path.join(dir, 'empty.db');
    new Database(empty).close();
    const tampered = path.join(dir, 'tampered.db');
    fs.copyFileSync(file, tampered);
    const db = new Database(tampered);
    db.prepare('UPDATE audit_log SET details = ? WHERE treaty_id = ? AND seq = 1').run('{"forged":true}', id);
    db.close();
    const refusals: Array<[string, RegExp]> = [
      [garbage, /is not a Pactum backup: .*cannot be read as an SQLite database \(file is not a database\)/],
      [foreign, /is not a Pactum backup: .*made by another application \(tables: notes\)/],
      [empty, /is not a Pactum backup: it is an empty database/],
      [tampered, /the audit chain of .* is broken at entry 1/],
      [path.join(dir, 'missing.db'), /missing\.db does not exist/],
    ];
    for (const [backupFile, message] of refusals) {
      const target = path.join(tempDir(), 'data');
      const before = fs.existsSync(backupFile) ? fs.readFileSync(backupFile) : null;
      const refused = await pactumCli(target, 'restore', backupFile);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(message);
      expect(fs.existsSync(target)).toBe(false);
      if (before) expect(fs.readFileSync(backupFile).equals(before)).toBe(true);
    }
  }, 180_000);
});
