import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ExportRecord } from '../ExportRepository.ts';
import type { OpenStorage } from './OpenStorage.ts';
import { edit } from './textLog.ts';

function exportRecord(stamp: string, format: string, comparedWith: string | null = null): ExportRecord {
  return {
    treatyId: 't-one',
    stamp,
    scope: 'full',
    format,
    versionId: 'v-one',
    versionName: 'First reading',
    comparedWith,
    exportedAt: '2026-03-01T10:00:00.000Z',
    exportedBy: 'Olena · UA',
  };
}

export function exportContract(open: OpenStorage): void {
  describe('exports', () => {
    it('finds every export of a stamp, in the order they were made', async () => {
      const store = await open();
      await store.treaties.create('t-one', { title: 'One', clauseCount: 1 }, edit(new Y.Doc(), 'a'));
      const pdf = exportRecord('stamp-a', 'pdf');
      const docx = exportRecord('stamp-a', 'docx', 'v-zero');
      await store.exports.add(pdf);
      await store.exports.add(exportRecord('stamp-b', 'pdf'));
      await store.exports.add(docx);
      expect(await store.exports.byStamp('stamp-a')).toEqual([pdf, docx]);
      expect(await store.exports.byStamp('stamp-none')).toEqual([]);
    });
  });
}
