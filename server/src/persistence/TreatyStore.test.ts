import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { loadTreatyDoc } from './loadTreatyDoc.ts';
import { TreatyStore } from './TreatyStore.ts';

function openStore(): TreatyStore {
  return TreatyStore.open(fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-store-')));
}

function edit(doc: Y.Doc, text: string): Uint8Array {
  const before = Y.encodeStateVector(doc);
  doc.getText('t').insert(doc.getText('t').length, text);
  return Y.encodeStateAsUpdate(doc, before);
}

describe('TreatyStore', () => {
  it("tells the operator the file's size, its log's and the page cache's limit, without writing", () => {
    const store = openStore();
    const empty = store.figures();
    const pageSize = store.db.pragma('page_size', { simple: true }) as number;
    expect(empty.bytes % pageSize).toBe(0);
    expect(empty.pageCacheLimitBytes).toBeGreaterThan(0);

    const changes = () => store.db.prepare('SELECT total_changes()').pluck().get();
    const doc = new Y.Doc();
    store.createTreaty('t-big', { title: 'Big', clauseCount: 1 }, edit(doc, 'x'.repeat(2 ** 20)));
    const before = changes();
    const written = store.figures();
    expect(changes()).toBe(before);
    // The megabyte is in the write-ahead log until a checkpoint moves it into the file.
    expect(written.bytes + written.walBytes - (empty.bytes + empty.walBytes)).toBeGreaterThan(2 ** 20);

    store.db.pragma('cache_size = -4000');
    expect(store.figures().pageCacheLimitBytes).toBe(4000 * 1024);
    store.db.pragma('cache_size = 100');
    expect(store.figures().pageCacheLimitBytes).toBe(100 * pageSize);
  });

  it('stores a treaty as a log of updates whose merge is the document', () => {
    const store = openStore();
    const doc = new Y.Doc();
    store.createTreaty('t-one', { title: 'One', clauseCount: 1 }, edit(doc, 'a'));
    store.commit(
      [
        { treatyId: 't-one', update: edit(doc, 'b') },
        { treatyId: 't-one', update: edit(doc, 'c') },
      ],
      [{ treatyId: 't-one', title: 'One (renamed)', clauseCount: 2 }],
    );
    expect(store.updateCount('t-one')).toBe(3);
    expect(loadTreatyDoc(store, 't-one').getText('t').toString()).toBe('abc');
    expect(store.summary('t-one')).toMatchObject({ title: 'One (renamed)', clauseCount: 2 });
    expect(store.list().map((t) => t.id)).toEqual(['t-one']);
    store.close();
  });

  it('compacts the log to one row with the same content', () => {
    const store = openStore();
    const doc = new Y.Doc();
    store.createTreaty('t-one', { title: 'One', clauseCount: 1 }, edit(doc, 'a'));
    store.commit([{ treatyId: 't-one', update: edit(doc, 'b') }], []);
    store.compact('t-one', Y.encodeStateAsUpdate(doc));
    expect(store.updateCount('t-one')).toBe(1);
    expect(loadTreatyDoc(store, 't-one').getText('t').toString()).toBe('ab');
    store.close();
  });

  it('writes nothing of a commit that fails part-way', () => {
    const store = openStore();
    const doc = new Y.Doc();
    store.createTreaty('t-one', { title: 'One', clauseCount: 1 }, edit(doc, 'a'));
    expect(() =>
      store.commit(
        [
          { treatyId: 't-one', update: edit(doc, 'b') },
          { treatyId: 't-missing', update: edit(doc, 'c') },
        ],
        [],
      ),
    ).toThrow(/FOREIGN KEY/);
    expect(store.updateCount('t-one')).toBe(1);
    store.close();
  });

  it('refuses to load a treaty with no stored rows rather than returning an empty document', () => {
    const store = openStore();
    expect(() => loadTreatyDoc(store, 't-none')).toThrow(/no stored document/);
    store.close();
  });

  it('gives every treaty its own epoch, renewed on demand and kept across a reopen', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-store-'));
    const store = TreatyStore.open(dir);
    store.createTreaty('t-one', { title: 'One', clauseCount: 1 }, edit(new Y.Doc(), 'a'));
    store.createTreaty('t-two', { title: 'Two', clauseCount: 1 }, edit(new Y.Doc(), 'b'));
    const one = store.epochOf('t-one');
    expect(one).toMatch(/^[0-9a-f]{32}$/);
    expect(store.epochOf('t-two')).not.toBe(one);
    expect(store.epochOf('t-none')).toBeUndefined();

    const renewed = store.renewEpoch('t-one');
    expect(renewed).toMatch(/^[0-9a-f]{32}$/);
    expect(renewed).not.toBe(one);
    expect(store.epochOf('t-one')).toBe(renewed);
    expect(() => store.renewEpoch('t-none')).toThrow(/no treaty t-none/);
    store.close();

    const reopened = TreatyStore.open(dir);
    expect(reopened.epochOf('t-one')).toBe(renewed);
    reopened.close();
  });

  it('upgrades a data dir made before epochs in place: each treaty gets a fresh one, nothing else changes', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-store-'));
    const old = new Database(path.join(dir, 'pactum.db'));
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

    const store = TreatyStore.open(dir);
    const epochs = [store.epochOf('t-old'), store.epochOf('t-older')];
    expect(epochs[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(epochs[1]).toMatch(/^[0-9a-f]{32}$/);
    expect(epochs[0]).not.toBe(epochs[1]);
    expect(store.summary('t-old')).toEqual({
      id: 't-old',
      title: 'Old',
      clauseCount: 1,
      updatedAt: '2026-01-02',
    });
    expect(loadTreatyDoc(store, 't-old').getText('t').toString()).toBe('kept');
    store.createTreaty('t-new', { title: 'New', clauseCount: 1 }, edit(new Y.Doc(), 'n'));
    expect(store.epochOf('t-new')).toMatch(/^[0-9a-f]{32}$/);
    store.close();

    const reopened = TreatyStore.open(dir);
    expect([reopened.epochOf('t-old'), reopened.epochOf('t-older')]).toEqual(epochs);
    reopened.close();
  });
});
