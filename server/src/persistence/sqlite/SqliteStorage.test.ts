import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readLanguages, treatyFromYDoc, verifyAuditChain } from '@pactum/shared';
import Database from 'better-sqlite3';
import { describe, expect, it, onTestFinished } from 'vitest';
import * as Y from 'yjs';
import { LEGACY_STORE, legacyDataDir } from '../../../../tests/helpers/legacyStore.ts';
import { edit, textOf } from '../contract/textLog.ts';
import { storageContract } from '../storageContract.ts';
import { UnusableStoreError } from '../UnusableStoreError.ts';
import { migrateSqlite, SQLITE_MIGRATIONS } from './migrateSqlite.ts';
import { SqliteStorage, STORE_FILE } from './SqliteStorage.ts';

function dataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-store-'));
}

function open(dir: string): SqliteStorage {
  const store = SqliteStorage.open(dir);
  onTestFinished(() => store.close());
  return store;
}

storageContract('sqlite', async () => SqliteStorage.open(dataDir()));

describe('SqliteStorage', () => {
  it("tells the operator the file's size, its log's and the page cache's limit, without writing", async () => {
    const store = open(dataDir());
    const empty = await store.figures();
    const pageSize = store.db.pragma('page_size', { simple: true }) as number;
    expect(empty.bytes % pageSize).toBe(0);
    expect(empty.pageCacheLimitBytes).toBeGreaterThan(0);

    const changes = () => store.db.prepare('SELECT total_changes()').pluck().get();
    await store.treaties.create(
      't-big',
      { title: 'Big', clauseCount: 1 },
      edit(new Y.Doc(), 'x'.repeat(2 ** 20)),
    );
    const before = changes();
    const written = await store.figures();
    expect(changes()).toBe(before);
    // The megabyte is in the write-ahead log until a checkpoint moves it into the file.
    expect(written.bytes + written.walBytes - (empty.bytes + empty.walBytes)).toBeGreaterThan(2 ** 20);

    store.db.pragma('cache_size = -4000');
    expect((await store.figures()).pageCacheLimitBytes).toBe(4000 * 1024);
    store.db.pragma('cache_size = 100');
    expect((await store.figures()).pageCacheLimitBytes).toBe(100 * pageSize);
  });

  it('keeps epochs across a reopen', async () => {
    const dir = dataDir();
    const store = SqliteStorage.open(dir);
    await store.treaties.create('t-one', { title: 'One', clauseCount: 1 }, edit(new Y.Doc(), 'a'));
    const renewed = await store.treaties.renewEpoch('t-one');
    await store.close();
    expect(await open(dir).treaties.epochOf('t-one')).toBe(renewed);
  });

  it('upgrades a data dir made before epochs in place: each treaty gets a fresh one, nothing else changes', async () => {
    const dir = dataDir();
    const old = new Database(path.join(dir, STORE_FILE));
    old.exec(`
      CREATE TABLE treaties (id TEXT PRIMARY KEY, title TEXT NOT NULL, clause_count INTEGER NOT NULL,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL) STRICT;
      CREATE TABLE treaty_updates (seq INTEGER PRIMARY KEY AUTOINCREMENT,
        treaty_id TEXT NOT NULL REFERENCES treaties(id) ON DELETE CASCADE, data BLOB NOT NULL) STRICT;
    `);
    const insert = old.prepare("INSERT INTO treaties VALUES (?, ?, 1, '2026-01-01', '2026-01-02')");
    insert.run('t-old', 'Old');
    insert.run('t-older', 'Older');
    old
      .prepare('INSERT INTO treaty_updates (treaty_id, data) VALUES (?, ?)')
      .run('t-old', edit(new Y.Doc(), 'kept'));
    old.close();

    const store = SqliteStorage.open(dir);
    const epochs = [await store.treaties.epochOf('t-old'), await store.treaties.epochOf('t-older')];
    expect(epochs[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(epochs[1]).toMatch(/^[0-9a-f]{32}$/);
    expect(epochs[0]).not.toBe(epochs[1]);
    expect(await store.treaties.summary('t-old')).toEqual({
      id: 't-old',
      title: 'Old',
      clauseCount: 1,
      updatedAt: '2026-01-02',
    });
    expect(textOf(await store.treaties.load('t-old'))).toBe('kept');
    await store.treaties.create('t-new', { title: 'New', clauseCount: 1 }, edit(new Y.Doc(), 'n'));
    expect(await store.treaties.epochOf('t-new')).toMatch(/^[0-9a-f]{32}$/);
    await store.close();

    const reopened = open(dir);
    expect([await reopened.treaties.epochOf('t-old'), await reopened.treaties.epochOf('t-older')]).toEqual(
      epochs,
    );
  });

  it('upgrades the store of the previous main in place, keeping every treaty, member, version and export', async () => {
    const dir = legacyDataDir();
    const store = SqliteStorage.open(dir);
    const migrations = () => store.db.prepare('SELECT version, applied_at FROM schema_migrations').all();
    const recorded = migrations();
    expect(recorded).toEqual(
      SQLITE_MIGRATIONS.map(({ version }) => ({ version, applied_at: expect.any(String) })),
    );

    expect((await store.treaties.list()).map((t) => t.id).sort()).toEqual([...LEGACY_STORE.treaties].sort());
    for (const id of LEGACY_STORE.treaties) {
      const doc = new Y.Doc();
      for (const row of await store.treaties.load(id)) Y.applyUpdate(doc, row.data);
      const summary = await store.treaties.summary(id);
      // Moved into English texts (migration 2), every article with its text.
      expect(readLanguages(doc)).toEqual(['en']);
      expect(treatyFromYDoc(doc).title).toBe(summary?.title);
      expect(treatyFromYDoc(doc).clauses).toHaveLength(summary?.clauseCount ?? -1);

      const entries = await store.audit.entries(id);
      expect(verifyAuditChain(entries)).toMatchObject({ ok: true, entries: LEGACY_STORE.auditEntries[id] });
    }
    // A new epoch: a browser's copy in the old layout is not merged back into the moved text.
    expect(await store.treaties.epochOf(LEGACY_STORE.sampleTreaty)).toMatch(/^[0-9a-f]{32}$/);
    expect(await store.treaties.epochOf(LEGACY_STORE.sampleTreaty)).not.toBe(
      '74a92ec9bfc1510ad521258632508936',
    );

    const sample = LEGACY_STORE.sampleTreaty;
    const sampleDoc = new Y.Doc();
    for (const row of await store.treaties.load(sample)) Y.applyUpdate(sampleDoc, row.data);
    for (const clause of treatyFromYDoc(sampleDoc).clauses) expect(clause.texts.en?.text).not.toBe('');
    expect(await store.access.member(sample, LEGACY_STORE.member)).toMatchObject({
      displayName: 'Olena',
      role: 'drafter',
    });
    expect(await store.access.sessionByTokenHash(LEGACY_STORE.memberSessionTokenHash)).toMatchObject({
      activeMemberships: 1,
    });
    expect((await store.access.invites(sample)).map((invite) => invite.uses)).toEqual([1, 0]);
    expect(await store.access.memberCount()).toBe(1);
    const version = await store.versions.meta(sample, LEGACY_STORE.namedVersion);
    expect(version).toMatchObject({ kind: 'named', name: 'First reading', clauseCount: 12 });
    expect((await store.versions.treaty(sample, LEGACY_STORE.namedVersion))?.clauses).toHaveLength(12);
    const latest = await store.versions.latestClauseStates(sample);
    expect(latest).toHaveLength(12);
    expect(await store.versions.history(sample, latest[0]?.clauseId ?? '')).toHaveLength(1);
    expect(await store.exports.byStamp(LEGACY_STORE.exportStamp)).toEqual([
      expect.objectContaining({ treatyId: sample, format: 'pdf', versionId: 'live' }),
    ]);
    await store.close();

    const file = path.join(dir, STORE_FILE);
    const again = new Database(file);
    expect(migrateSqlite(again, file)).toEqual([]);
    expect(again.prepare('SELECT version, applied_at FROM schema_migrations').all()).toEqual(recorded);
    again.close();
  });

  it('refuses a store made by a newer Pactum and leaves it as it is', async () => {
    const dir = dataDir();
    await SqliteStorage.open(dir).close();
    const file = path.join(dir, STORE_FILE);
    const db = new Database(file);
    db.prepare("INSERT INTO schema_migrations VALUES (99, 'from the future', '2030-01-01')").run();
    db.close();
    expect(() => SqliteStorage.open(dir)).toThrow(UnusableStoreError);
    expect(() => SqliteStorage.open(dir)).toThrow(/schema version 99, made by a newer Pactum/);
  });
});
