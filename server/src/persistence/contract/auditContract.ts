import { verifyAuditChain } from '@pactum/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { OpenStorage } from './OpenStorage.ts';
import { edit } from './textLog.ts';

export function auditContract(open: OpenStorage): void {
  describe('audit', () => {
    it('chains each treaty’s entries, reads them back exactly, and the chain verifies', async () => {
      const store = await open();
      await store.treaties.create('t-one', { title: 'One', clauseCount: 1 }, edit(new Y.Doc(), 'a'));
      await store.treaties.create('t-two', { title: 'Two', clauseCount: 1 }, edit(new Y.Doc(), 'b'));
      const olena = { kind: 'member', memberId: 'm-olena', name: 'Olena', delegation: 'UA' } as const;
      const written = [
        await store.audit.append('t-one', { kind: 'operator', name: 'Operator' }, 'treaty.created'),
        await store.audit.append('t-one', olena, 'signoff.given', {
          clauseId: 'c-purpose',
          note: 'Ґрунтовно — “yes”',
          nested: { list: [1, 2.5, null, true] },
          dropped: undefined,
        }),
        await store.audit.append('t-one', olena, 'signoff.withdrawn'),
      ];
      const other = await store.audit.append('t-two', olena, 'treaty.created');

      const entries = await store.audit.entries('t-one');
      expect(entries).toEqual(written);
      expect(entries[1]?.details).toEqual({
        clauseId: 'c-purpose',
        note: 'Ґрунтовно — “yes”',
        nested: { list: [1, 2.5, null, true] },
      });
      expect(entries.map((entry) => entry.seq)).toEqual([1, 2, 3]);
      expect(verifyAuditChain(entries)).toMatchObject({ ok: true, entries: 3 });
      expect(other).toMatchObject({ seq: 1, treatyId: 't-two' });
      expect(verifyAuditChain(await store.audit.entries('t-two'))).toMatchObject({ ok: true, entries: 1 });
      expect(await store.audit.entries('t-none')).toEqual([]);
    });

    it('chains appends made inside transactions with those made outside', async () => {
      const store = await open();
      await store.treaties.create('t-one', { title: 'One', clauseCount: 1 }, edit(new Y.Doc(), 'a'));
      const operator = { kind: 'operator', name: 'Operator' } as const;
      await store.audit.append('t-one', operator, 'one');
      await store.transaction(async (scope) => {
        await scope.audit.append('t-one', operator, 'two');
        await scope.audit.append('t-one', operator, 'three');
      });
      await store.audit.append('t-one', operator, 'four');
      const entries = await store.audit.entries('t-one');
      expect(entries.map((entry) => entry.event)).toEqual(['one', 'two', 'three', 'four']);
      expect(verifyAuditChain(entries).ok).toBe(true);
    });
  });
}
