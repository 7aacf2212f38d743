import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { treatyFromYDoc, verifyAuditChain } from '@pactum/shared';
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it, onTestFinished } from 'vitest';
import * as Y from 'yjs';
import { LEGACY_STORE, legacyDataDir } from '../../../tests/helpers/legacyStore.ts';
import { testDatabase } from '../../../tests/helpers/testDatabase.ts';
import { sampleVersion } from './contract/sampleVersion.ts';
import { edit, textOf } from './contract/textLog.ts';
import { MigrateStoreError, migrateStore } from './migrateStore.ts';
import { PostgresStorage } from './postgres/PostgresStorage.ts';
import type { Storage } from './Storage.ts';
import { SqliteStorage, STORE_FILE } from './sqlite/SqliteStorage.ts';

const operator = { kind: 'operator', name: 'Operator' } as const;

async function openPostgres(url: string): Promise<PostgresStorage> {
  const storage = await PostgresStorage.open(url);
  onTestFinished(() => storage.close());
  return storage;
}

function openSqlite(dir: string): SqliteStorage {
  const storage = SqliteStorage.open(dir);
  onTestFinished(() => storage.close());
  return storage;
}

/** A single node's store of three treaties with every kind of row, one log compacted. */
async function busyDataDir(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-busy-'));
  const store = SqliteStorage.open(dir);
  for (const [n, id] of ['t-one', 't-two', 't-three'].entries()) {
    const doc = new Y.Doc();
    await store.treaties.create(id, { title: `Treaty ${n}`, clauseCount: 2 }, edit(doc, `${id}:`));
    await store.treaties.append(
      Array.from({ length: 5 }, (_, i) => ({ treatyId: id, update: edit(doc, String(i)) })),
      [{ treatyId: id, title: `Treaty ${n}`, clauseCount: 2 }],
    );
    await store.audit.append(id, operator, 'treaty.created');
    const { version, states, history } = sampleVersion(id, `v-${id}`, {
      createdAt: `2026-04-0${n + 1}T00:00:00.000Z`,
    });
    await store.versions.add(version, states, history);
    await store.transaction(async (scope) => {
      await scope.treaties.append([{ treatyId: id, update: edit(doc, '!') }], []);
      await scope.audit.append(id, operator, 'version.named', { versionId: `v-${id}` });
    });
    await store.exports.add({
      treatyId: id,
      stamp: `stamp-${id}`,
      scope: 'full',
      format: 'pdf',
      versionId: `v-${id}`,
      versionName: 'Sample',
      comparedWith: null,
      exportedAt: '2026-04-10T00:00:00.000Z',
      exportedBy: 'Operator',
    });
  }
  const rows = await store.treaties.load('t-two');
  const merged = new Y.Doc();
  for (const row of rows) Y.applyUpdate(merged, row.data);
  await store.treaties.compact(
    't-two',
    Y.encodeStateAsUpdate(merged),
    rows.map((row) => row.seq).slice(0, 4),
  );
  await store.access.createSession('s-olena', 'hash-olena', 'Olena', '2099-01-01T00:00:00.000Z');
  await store.access.createInvite(
    {
      id: 'i-one',
      treatyId: 't-one',
      delegation: 'UA',
      role: 'drafter',
      createdBy: 'Operator',
      createdAt: '2026-04-01T00:00:00.000Z',
      expiresAt: '2099-01-01T00:00:00.000Z',
      maxUses: 3,
    },
    'token-one',
  );
  await store.access.countInviteUse('i-one');
  for (const [i, treatyId] of ['t-one', 't-three'].entries()) {
    await store.access.addMember(
      {
        id: `m-${treatyId}`,
        treatyId,
        sessionId: 's-olena',
        displayName: 'Olena',
        delegation: 'UA',
        role: 'drafter',
        joinedAt: `2026-04-0${i + 2}T00:00:00.000Z`,
      },
      i === 0 ? 'i-one' : null,
    );
  }
  await store.access.revokeMember('m-t-three', '2026-04-09T00:00:00.000Z');
  await store.close();
  return dir;
}

/** Everything a Pactum server reads, the same from both stores. */
/** The treaty that `rows` merge into, as plain data. */
function treatyOf(rows: readonly { data: Uint8Array }[]) {
  const doc = new Y.Doc();
  for (const row of rows) Y.applyUpdate(doc, row.data);
  return treatyFromYDoc(doc);
}

/**
 * `independentlyUpgraded`: the source was copied before its own upgrade to language texts, and
 * each store then moved its treaties on its own, so their logs and epochs differ byte for byte
 * while the treaties are the same.
 */
async function expectSameStore(source: Storage, copy: Storage, independentlyUpgraded = false): Promise<void> {
  const treaties = await source.treaties.list();
  expect(await copy.treaties.list()).toEqual(treaties);
  for (const { id } of treaties) {
    if (independentlyUpgraded) {
      expect(treatyOf(await copy.treaties.load(id))).toEqual(treatyOf(await source.treaties.load(id)));
    } else {
      expect(await copy.treaties.load(id)).toEqual(await source.treaties.load(id));
      expect(await copy.treaties.epochOf(id)).toBe(await source.treaties.epochOf(id));
    }
    const entries = await copy.audit.entries(id);
    expect(entries).toEqual(await source.audit.entries(id));
    expect(verifyAuditChain(entries).ok).toBe(true);
    const versions = await source.versions.list(id);
    expect(await copy.versions.list(id)).toEqual(versions);
    for (const version of versions) {
      expect(await copy.versions.state(id, version.id)).toEqual(await source.versions.state(id, version.id));
      expect(await copy.versions.treaty(id, version.id)).toEqual(
        await source.versions.treaty(id, version.id),
      );
    }
    const latest = await source.versions.latestClauseStates(id);
    const byClause = (a: { clauseId: string }, b: { clauseId: string }) =>
      a.clauseId.localeCompare(b.clauseId);
    expect((await copy.versions.latestClauseStates(id)).sort(byClause)).toEqual(latest.sort(byClause));
    for (const { clauseId } of latest) {
      expect(await copy.versions.history(id, clauseId)).toEqual(await source.versions.history(id, clauseId));
    }
    expect(await copy.access.members(id)).toEqual(await source.access.members(id));
    expect(await copy.access.invites(id)).toEqual(await source.access.invites(id));
  }
  expect(await copy.access.memberCount()).toBe(await source.access.memberCount());
}

describe('migrateStore', () => {
  it('copies the store of the previous main into Postgres, where everything reads back the same', async () => {
    const dir = legacyDataDir();
    const url = await testDatabase();
    expect(await migrateStore(dir, url)).toEqual({
      treaties: 2,
      treatyUpdates: 2,
      versions: 1,
      clauseStates: 12,
      clauseHistory: 12,
      sessions: 1,
      invites: 2,
      members: 1,
      auditEntries: 7,
      exports: 1,
    });
    const copy = await openPostgres(url);
    const source = openSqlite(dir);
    await expectSameStore(source, copy, true);
    expect(await copy.access.sessionByTokenHash(LEGACY_STORE.memberSessionTokenHash)).toEqual(
      await source.access.sessionByTokenHash(LEGACY_STORE.memberSessionTokenHash),
    );
    expect(await copy.exports.byStamp(LEGACY_STORE.exportStamp)).toEqual(
      await source.exports.byStamp(LEGACY_STORE.exportStamp),
    );

    // The copy goes on where the source stopped: the next row and the next audit entry follow on.
    const [last] = (await copy.treaties.load(LEGACY_STORE.sampleTreaty)).slice(-1);
    const [seq] = await copy.treaties.append(
      [{ treatyId: LEGACY_STORE.sampleTreaty, update: edit(new Y.Doc(), 'x') }],
      [],
    );
    expect(seq).toBeGreaterThan(last?.seq ?? Number.POSITIVE_INFINITY);
    expect(await copy.audit.append(LEGACY_STORE.sampleTreaty, operator, 'store.migrated')).toMatchObject({
      seq: 7,
    });
    expect(verifyAuditChain(await copy.audit.entries(LEGACY_STORE.sampleTreaty)).ok).toBe(true);
  });

  it('copies a store of several treaties, a compacted log among them', async () => {
    const dir = await busyDataDir();
    const url = await testDatabase();
    const counts = await migrateStore(dir, url);
    expect(counts).toMatchObject({
      treaties: 3,
      treatyUpdates: 3 * 7 - 3,
      members: 2,
      auditEntries: 6,
      exports: 3,
    });
    const copy = await openPostgres(url);
    await expectSameStore(openSqlite(dir), copy);
    expect(textOf(await copy.treaties.load('t-two'))).toBe('t-two:01234!');
    expect(await copy.exports.byStamp('stamp-t-three')).toHaveLength(1);
  });

  it('refuses a database that already holds data, and writes nothing', async () => {
    const url = await testDatabase();
    await migrateStore(legacyDataDir(), url);
    const again = migrateStore(await busyDataDir(), url);
    await expect(again).rejects.toThrow(MigrateStoreError);
    await expect(again).rejects.toThrow(/not empty \(rows in treaties, treaty_updates, .*\)/);
    expect((await (await openPostgres(url)).treaties.list()).map((t) => t.id).sort()).toEqual(
      [...LEGACY_STORE.treaties].sort(),
    );

    const withSession = await testDatabase();
    await (await openPostgres(withSession)).access.createSession(
      's-x',
      'hash-x',
      'X',
      '2099-01-01T00:00:00.000Z',
    );
    await expect(migrateStore(legacyDataDir(), withSession)).rejects.toThrow(
      /not empty \(rows in sessions\)/,
    );
  });

  it('writes nothing when the copy does not read back as the source', async () => {
    const url = await testDatabase();
    const target = await openPostgres(url);
    // A database that changes what it is given, as a faulty copy would.
    await target.pool.query(`
      CREATE FUNCTION blank_details() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN NEW.details := '{}'; RETURN NEW; END $$;
      CREATE TRIGGER blank_details BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION blank_details();
    `);
    await expect(migrateStore(legacyDataDir(), url)).rejects.toThrow(
      /copied audit chain of treaty t-wj92sbqyu24q does not verify \(entry 2 was changed/,
    );
    const { rows } = await target.pool.query(
      'SELECT (SELECT count(*) FROM treaties) + (SELECT count(*) FROM audit_log) AS n',
    );
    expect(Number(rows[0]?.n)).toBe(0);
  });

  it('refuses a data dir that holds no usable store, before touching the database', async () => {
    const url = await testDatabase();
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-empty-'));
    await expect(migrateStore(empty, url)).rejects.toThrow(/holds no Pactum store/);

    const foreign = fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-foreign-'));
    const db = new Database(path.join(foreign, STORE_FILE));
    db.exec('CREATE TABLE photos (id INTEGER PRIMARY KEY)');
    db.close();
    await expect(migrateStore(foreign, url)).rejects.toThrow(MigrateStoreError);
    await expect(migrateStore(foreign, url)).rejects.toThrow(/not a Pactum database/);

    const tampered = legacyDataDir();
    const file = new Database(path.join(tampered, STORE_FILE));
    file
      .prepare("UPDATE audit_log SET details = '{}' WHERE seq = 3 AND treaty_id = ?")
      .run(LEGACY_STORE.sampleTreaty);
    file.close();
    await expect(migrateStore(tampered, url)).rejects.toThrow(
      /audit chain of treaty t-wj92sbqyu24q is broken in the SQLite store itself \(entry 3 was changed/,
    );

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query("SELECT to_regclass('schema_migrations') AS migrations");
    await client.end();
    expect(rows).toEqual([{ migrations: null }]);
  });
});
