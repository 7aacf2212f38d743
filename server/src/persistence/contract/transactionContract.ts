import { verifyAuditChain } from '@pactum/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { OpenStorage } from './OpenStorage.ts';
import { sampleVersion } from './sampleVersion.ts';
import { edit, textOf } from './textLog.ts';

const operator = { kind: 'operator', name: 'Operator' } as const;

export function transactionContract(open: OpenStorage): void {
  describe('transaction', () => {
    it('commits the writes of every repository together and returns what the work returned', async () => {
      const store = await open();
      const doc = new Y.Doc();
      await store.treaties.create('t-one', { title: 'One', clauseCount: 1 }, edit(doc, 'a'));
      const result = await store.transaction(async (scope) => {
        const [seq] = await scope.treaties.append([{ treatyId: 't-one', update: edit(doc, 'b') }], []);
        const entry = await scope.audit.append('t-one', operator, 'text.edited', { seq });
        await scope.access.createSession('s-one', 'hash-one', 'Olena', '2099-01-01T00:00:00.000Z');
        return { seq, entry };
      });
      expect(result.entry.seq).toBe(1);
      expect(textOf(await store.treaties.load('t-one'))).toBe('ab');
      expect(await store.audit.entries('t-one')).toEqual([result.entry]);
      expect(await store.access.sessionByTokenHash('hash-one')).toMatchObject({ id: 's-one' });
    });

    it('writes nothing when the work throws, across the treaty log, audit, versions and access', async () => {
      const store = await open();
      const doc = new Y.Doc();
      await store.treaties.create('t-one', { title: 'One', clauseCount: 1 }, edit(doc, 'a'));
      const { version, states, history } = sampleVersion('t-one', 'v-one', {
        createdAt: '2026-01-01T00:00:00.000Z',
      });
      await expect(
        store.transaction(async (scope) => {
          await scope.treaties.append(
            [{ treatyId: 't-one', update: edit(doc, 'b') }],
            [{ treatyId: 't-one', title: 'Changed', clauseCount: 5 }],
          );
          await scope.audit.append('t-one', operator, 'text.edited');
          await scope.versions.add(version, states, history);
          await scope.access.createSession('s-one', 'hash-one', 'Olena', '2099-01-01T00:00:00.000Z');
          throw new Error('the work failed');
        }),
      ).rejects.toThrow('the work failed');
      expect(await store.treaties.load('t-one')).toHaveLength(1);
      expect(await store.treaties.summary('t-one')).toMatchObject({ title: 'One', clauseCount: 1 });
      expect(await store.audit.entries('t-one')).toEqual([]);
      expect(await store.versions.list('t-one')).toEqual([]);
      expect(await store.versions.history('t-one', 'c-purpose')).toEqual([]);
      expect(await store.access.sessionByTokenHash('hash-one')).toBeNull();
    });

    it('writes nothing when a statement fails part-way, and the store goes on working', async () => {
      const store = await open();
      const doc = new Y.Doc();
      await store.treaties.create('t-one', { title: 'One', clauseCount: 1 }, edit(doc, 'a'));
      await expect(
        store.transaction(async (scope) => {
          await scope.audit.append('t-one', operator, 'text.edited');
          await scope.treaties.append([{ treatyId: 't-missing', update: edit(doc, 'b') }], []);
        }),
      ).rejects.toThrow();
      expect(await store.audit.entries('t-one')).toEqual([]);
      const entry = await store.audit.append('t-one', operator, 'text.edited');
      expect(entry.seq).toBe(1);
    });

    it('refuses a call on the storage itself from inside a transaction, which would wait for it', async () => {
      const store = await open();
      await store.treaties.create('t-one', { title: 'One', clauseCount: 1 }, edit(new Y.Doc(), 'a'));
      await expect(
        store.transaction(async (scope) => {
          await scope.audit.append('t-one', operator, 'one');
          await store.treaties.append([], [{ treatyId: 't-one', title: 'Changed', clauseCount: 2 }]);
        }),
      ).rejects.toThrow(/through the transaction’s scope/);
      await expect(store.transaction(() => store.transaction(async () => 1))).rejects.toThrow(
        /through the transaction’s scope/,
      );
      expect(await store.audit.entries('t-one')).toEqual([]);
      expect(await store.treaties.summary('t-one')).toMatchObject({ title: 'One' });
    });

    it('keeps one unbroken audit chain under 20 concurrent transactions', async () => {
      const store = await open();
      const doc = new Y.Doc();
      await store.treaties.create('t-one', { title: 'One', clauseCount: 1 }, edit(doc, 'a'));
      const updates = Array.from({ length: 20 }, (_, i) => edit(doc, String(i % 10)));
      await Promise.all(
        updates.map((update, i) =>
          store.transaction(async (scope) => {
            await scope.treaties.append([{ treatyId: 't-one', update }], []);
            return scope.audit.append('t-one', operator, 'signoff.given', { i });
          }),
        ),
      );
      const entries = await store.audit.entries('t-one');
      expect(entries.map((entry) => entry.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      expect(new Set(entries.map((entry) => entry.details.i)).size).toBe(20);
      expect(verifyAuditChain(entries)).toMatchObject({ ok: true, entries: 20 });
      expect(await store.treaties.load('t-one')).toHaveLength(21);
    });
  });
}
