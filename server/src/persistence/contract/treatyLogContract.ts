import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { OpenStorage } from './OpenStorage.ts';
import { edit, textOf } from './textLog.ts';

export function treatyLogContract(open: OpenStorage): void {
  describe('treaty log', () => {
    it('stores a treaty as a log of updates whose merge is the document', async () => {
      const store = await open();
      const doc = new Y.Doc();
      const updates = [edit(doc, 'a'), edit(doc, 'b'), edit(doc, 'c')];
      await store.treaties.create('t-one', { title: 'One', clauseCount: 1 }, updates[0] as Uint8Array);
      const seqs = await store.treaties.append(
        updates.slice(1).map((update) => ({ treatyId: 't-one', update })),
        [{ treatyId: 't-one', title: 'One (renamed)', clauseCount: 2 }],
      );
      const rows = await store.treaties.load('t-one');
      expect(rows.map((row) => row.seq).slice(1)).toEqual(seqs);
      expect(rows.map((row) => Buffer.from(row.data).toString('hex'))).toEqual(
        updates.map((update) => Buffer.from(update).toString('hex')),
      );
      expect(textOf(rows)).toBe('abc');
      expect(await store.treaties.summary('t-one')).toMatchObject({
        id: 't-one',
        title: 'One (renamed)',
        clauseCount: 2,
      });
      expect(await store.treaties.exists('t-one')).toBe(true);
      expect(await store.treaties.exists('t-none')).toBe(false);
      expect(await store.treaties.count()).toBe(1);
      expect(await store.treaties.summary('t-none')).toBeUndefined();
      expect(await store.treaties.load('t-none')).toEqual([]);
    });

    it('returns increasing seqs, one per appended row, across treaties and calls', async () => {
      const store = await open();
      const one = new Y.Doc();
      const two = new Y.Doc();
      await store.treaties.create('t-one', { title: 'One', clauseCount: 1 }, edit(one, 'a'));
      await store.treaties.create('t-two', { title: 'Two', clauseCount: 1 }, edit(two, 'x'));
      const first = await store.treaties.append(
        [
          { treatyId: 't-one', update: edit(one, 'b') },
          { treatyId: 't-two', update: edit(two, 'y') },
          { treatyId: 't-one', update: edit(one, 'c') },
        ],
        [],
      );
      const second = await store.treaties.append([{ treatyId: 't-two', update: edit(two, 'z') }], []);
      const all = [...first, ...second];
      expect(all).toHaveLength(4);
      for (let i = 1; i < all.length; i++) expect(all[i]).toBeGreaterThan(all[i - 1] as number);
      expect(await store.treaties.append([], [])).toEqual([]);
      expect(textOf(await store.treaties.load('t-one'))).toBe('abc');
      expect(textOf(await store.treaties.load('t-two'))).toBe('xyz');
    });

    it('lists every treaty, most recently changed first', async () => {
      const store = await open();
      await store.treaties.create('t-one', { title: 'One', clauseCount: 1 }, edit(new Y.Doc(), 'a'));
      await pause();
      await store.treaties.create('t-two', { title: 'Two', clauseCount: 3 }, edit(new Y.Doc(), 'b'));
      expect((await store.treaties.list()).map((t) => t.id)).toEqual(['t-two', 't-one']);
      await pause();
      await store.treaties.append([], [{ treatyId: 't-one', title: 'One', clauseCount: 2 }]);
      const list = await store.treaties.list();
      expect(list.map((t) => t.id)).toEqual(['t-one', 't-two']);
      expect(list[1]).toEqual({ id: 't-two', title: 'Two', clauseCount: 3, updatedAt: expect.any(String) });
      expect(Date.parse(list[0]?.updatedAt ?? '')).toBeGreaterThan(Date.parse(list[1]?.updatedAt ?? ''));
    });

    it('compacts only the rows it merged: a row appended meanwhile by another node survives', async () => {
      const store = await open();
      const doc = new Y.Doc();
      await store.treaties.create('t-one', { title: 'One', clauseCount: 1 }, edit(doc, 'a'));
      await store.treaties.append([{ treatyId: 't-one', update: edit(doc, 'b') }], []);
      const read = await store.treaties.load('t-one');
      const merged = new Y.Doc();
      for (const row of read) Y.applyUpdate(merged, row.data);

      const elsewhere = new Y.Doc();
      Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(merged));
      const [late] = await store.treaties.append([{ treatyId: 't-one', update: edit(elsewhere, 'c') }], []);

      const seq = await store.treaties.compact(
        't-one',
        Y.encodeStateAsUpdate(merged),
        read.map((row) => row.seq),
      );
      expect(seq).toBeGreaterThan(late as number);
      const after = await store.treaties.load('t-one');
      expect(after.map((row) => row.seq)).toEqual([late, seq]);
      expect(textOf(after)).toBe('abc');
    });

    it('gives every treaty its own epoch, renewed on demand', async () => {
      const store = await open();
      await store.treaties.create('t-one', { title: 'One', clauseCount: 1 }, edit(new Y.Doc(), 'a'));
      await store.treaties.create('t-two', { title: 'Two', clauseCount: 1 }, edit(new Y.Doc(), 'b'));
      const one = await store.treaties.epochOf('t-one');
      expect(one).toMatch(/^[0-9a-f]{32}$/);
      expect(await store.treaties.epochOf('t-two')).not.toBe(one);
      expect(await store.treaties.epochOf('t-none')).toBeUndefined();

      const renewed = await store.treaties.renewEpoch('t-one');
      expect(renewed).toMatch(/^[0-9a-f]{32}$/);
      expect(renewed).not.toBe(one);
      expect(await store.treaties.epochOf('t-one')).toBe(renewed);
      await expect(store.treaties.renewEpoch('t-none')).rejects.toThrow(/no treaty t-none/);
    });

    it('refuses an update for a treaty it does not hold, and keeps nothing of that append', async () => {
      const store = await open();
      const doc = new Y.Doc();
      await store.treaties.create('t-one', { title: 'One', clauseCount: 1 }, edit(doc, 'a'));
      await expect(
        store.treaties.append(
          [
            { treatyId: 't-one', update: edit(doc, 'b') },
            { treatyId: 't-missing', update: edit(doc, 'c') },
          ],
          [{ treatyId: 't-one', title: 'Changed', clauseCount: 9 }],
        ),
      ).rejects.toThrow();
      expect(await store.treaties.load('t-one')).toHaveLength(1);
      expect(await store.treaties.summary('t-one')).toMatchObject({ title: 'One', clauseCount: 1 });
    });
  });
}

/** Lets the clock move on, so two writes get different timestamps. */
function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 5));
}
