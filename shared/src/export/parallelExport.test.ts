import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { treatyFromYDoc, writeTreatyToYDoc } from '../treatyYDoc.ts';
import { buildExport } from './buildExport.ts';
import { ExportLanguages } from './exportLanguages.ts';
import { exportMade, parallelExport } from './parallelExport.ts';

function exportsIn(...languages: string[]) {
  const doc = new Y.Doc();
  writeTreatyToYDoc(doc, {
    languages: ['en', 'uk'],
    title: 'Security Agreement',
    preamble: ['The Parties,'],
    clauses: [{ clauseId: 'c-purpose', heading: 'Purpose', paragraphs: ['The Parties shall cooperate.'] }],
    translations: {
      uk: {
        title: 'Угода про безпеку',
        preamble: ['Сторони,'],
        clauses: [{ heading: 'Мета', paragraphs: ['Сторони співробітничають.'] }],
      },
    },
  });
  return languages.map((lang) =>
    buildExport(
      'full',
      { treaty: treatyFromYDoc(doc, lang), records: new Map(), versionId: 'live', versionName: 'Live text' },
      '2026-11-30T12:00:00.000Z',
    ),
  );
}

describe('exports per language', () => {
  it('reads the text and labels of the language asked for, and stamps each language apart', () => {
    const [en, uk] = exportsIn('en', 'uk');
    expect([uk?.lang, uk?.title, uk?.articles[0]?.label, uk?.articles[0]?.heading]).toEqual([
      'uk',
      'Угода про безпеку',
      'Стаття 1',
      'Мета',
    ]);
    expect(uk?.stamp).not.toBe(en?.stamp);
    expect(exportsIn('uk')[0]?.stamp).toBe(uk?.stamp);
  });

  it('stamps a bilingual export over both texts in their order, and records both languages', () => {
    const [en, uk] = exportsIn('en', 'uk') as [
      ReturnType<typeof exportsIn>[0],
      ReturnType<typeof exportsIn>[0],
    ];
    if (!en || !uk) throw new Error('no export');
    const both = parallelExport(en, uk);
    expect([en.stamp, uk.stamp]).not.toContain(both.stamp);
    expect(parallelExport(uk, en).stamp).not.toBe(both.stamp);
    expect(exportMade(both)).toMatchObject({ stamp: both.stamp, languages: ['en', 'uk'], versionId: 'live' });
    expect(exportMade(uk)).toMatchObject({ stamp: uk.stamp, languages: ['uk'] });
  });

  it('takes one language code, or two different ones, as the lang of a request', () => {
    expect(ExportLanguages.parse('uk')).toEqual(['uk']);
    expect(ExportLanguages.parse('en,uk')).toEqual(['en', 'uk']);
    for (const bad of ['', 'ukr', 'UK', 'en,', 'en,uk,fr', 'uk,uk', 'zz'])
      expect(ExportLanguages.safeParse(bad).success).toBe(false);
  });
});
