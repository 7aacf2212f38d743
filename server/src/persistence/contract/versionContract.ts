import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { OpenStorage } from './OpenStorage.ts';
import { sampleVersion } from './sampleVersion.ts';
import { edit } from './textLog.ts';

const at = (minute: number) => `2026-02-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

export function versionContract(open: OpenStorage): void {
  describe('versions and clause history', () => {
    it('keeps a version’s state, treaty and meta, newest first', async () => {
      const store = await open();
      await store.treaties.create('t-one', { title: 'One', clauseCount: 2 }, edit(new Y.Doc(), 'a'));
      const first = sampleVersion('t-one', 'v-first', { createdAt: at(1) });
      const second = sampleVersion('t-one', 'v-second', {
        createdAt: at(2),
        purpose: 'To keep a lasting peace.',
      });
      await store.versions.add(first.version, first.states, first.history);
      await store.versions.add(second.version, second.states, second.history);

      expect((await store.versions.list('t-one')).map((v) => v.id)).toEqual(['v-second', 'v-first']);
      expect(await store.versions.meta('t-one', 'v-first')).toEqual({
        id: 'v-first',
        kind: 'named',
        name: 'Version v-first',
        note: null,
        createdAt: at(1),
        createdBy: 'Olena · UA',
        clauseCount: 2,
      });
      expect(await store.versions.treaty('t-one', 'v-second')).toEqual(second.version.treaty);
      expect(await store.versions.state('t-one', 'v-first')).toEqual(first.version.state);
      expect(await store.versions.meta('t-two', 'v-first')).toBeUndefined();
      expect(await store.versions.treaty('t-one', 'v-none')).toBeUndefined();
      expect(await store.versions.state('t-one', 'v-none')).toBeUndefined();
    });

    it('lists versions made in the same millisecond newest first', async () => {
      const store = await open();
      await store.treaties.create('t-one', { title: 'One', clauseCount: 2 }, edit(new Y.Doc(), 'a'));
      for (const id of ['v-b', 'v-a', 'v-c']) {
        const { version, states, history } = sampleVersion('t-one', id, { createdAt: at(5) });
        await store.versions.add(version, states, history);
      }
      expect((await store.versions.list('t-one')).map((v) => v.id)).toEqual(['v-c', 'v-a', 'v-b']);
    });

    it('keeps each clause’s history with its state, and knows each clause’s latest one', async () => {
      const store = await open();
      await store.treaties.create('t-one', { title: 'One', clauseCount: 2 }, edit(new Y.Doc(), 'a'));
      const first = sampleVersion('t-one', 'v-first', { createdAt: at(1) });
      const second = sampleVersion('t-one', 'v-second', {
        createdAt: at(2),
        purpose: 'To keep a lasting peace.',
        removed: ['c-force'],
      });
      await store.versions.add(first.version, first.states, first.history);
      // The unchanged article's state is stored once; adding it again is not an error.
      await store.versions.add(second.version, second.states, second.history);

      const history = await store.versions.history('t-one', 'c-purpose');
      expect(history.map((row) => [row.versionId, row.removed])).toEqual([
        ['v-first', false],
        ['v-second', false],
      ]);
      expect(history[0]).toMatchObject({ clauseId: 'c-purpose', recordedAt: at(1), editors: ['m-olena'] });
      expect(history[0]?.hash).not.toBe(history[1]?.hash);
      expect(history[1]?.state.text).toBe('To keep a lasting peace.');
      expect(history[1]?.state).toEqual(JSON.parse(second.states.get(history[1]?.hash ?? '') ?? 'null'));

      const latest = await store.versions.latestClauseStates('t-one');
      expect(latest.sort((a, b) => a.clauseId.localeCompare(b.clauseId))).toEqual([
        { clauseId: 'c-force', hash: second.history[1]?.hash, removed: true },
        { clauseId: 'c-purpose', hash: second.history[0]?.hash, removed: false },
      ]);
      expect(await store.versions.latestClauseStates('t-none')).toEqual([]);
    });

    it('prunes all but the newest checkpoints, keeping named versions and clause history', async () => {
      const store = await open();
      await store.treaties.create('t-one', { title: 'One', clauseCount: 2 }, edit(new Y.Doc(), 'a'));
      const add = async (id: string, minute: number, kind: 'named' | 'checkpoint') => {
        const { version, states, history } = sampleVersion('t-one', id, { createdAt: at(minute), kind });
        await store.versions.add(version, states, history);
      };
      await add('v-c1', 1, 'checkpoint');
      await add('v-named', 2, 'named');
      await add('v-c2', 3, 'checkpoint');
      await add('v-c3', 4, 'checkpoint');
      expect(await store.versions.pruneCheckpoints('t-one', 2)).toBe(1);
      expect((await store.versions.list('t-one')).map((v) => v.id)).toEqual(['v-c3', 'v-c2', 'v-named']);
      expect(await store.versions.pruneCheckpoints('t-one', 2)).toBe(0);
      expect(await store.versions.pruneCheckpoints('t-one', 0)).toBe(2);
      expect((await store.versions.list('t-one')).map((v) => v.id)).toEqual(['v-named']);
      expect(await store.versions.meta('t-one', 'v-named')).toMatchObject({ kind: 'named', clauseCount: 2 });
      expect(await store.versions.history('t-one', 'c-purpose')).toHaveLength(4);
    });
  });
}
