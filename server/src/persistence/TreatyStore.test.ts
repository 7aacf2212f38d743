import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
});
