import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { TreatyDraft, TreatyJSON } from '../treatyModel.ts';
import { treatyFromYDoc, writeTreatyToYDoc } from '../treatyYDoc.ts';
import { compareTreaties } from './compareTreaties.ts';
import { languagesOfTreaty, treatyInLanguage } from './treatyInLanguage.ts';
import { sideOf } from './wordDiff.ts';

const ENGLISH: TreatyDraft = {
  title: 'Security Agreement',
  preamble: ['The Parties,'],
  parties: [
    { code: 'UA', name: 'Ukraine' },
    { code: 'PL', name: 'Poland' },
  ],
  clauses: [
    { clauseId: 'c-purpose', heading: 'Purpose', paragraphs: ['The Parties shall cooperate.'] },
    { clauseId: 'c-assist', heading: 'Assistance', paragraphs: ['Each Party shall assist within 24 hours.'] },
  ],
};

const UKRAINIAN = {
  title: 'Угода про безпеку',
  preamble: ['Сторони,'],
  clauses: [
    { heading: 'Мета', paragraphs: ['Сторони співпрацюють.'] },
    { heading: 'Допомога', paragraphs: ['Кожна Сторона зобов’язується надати допомогу протягом 24 годин.'] },
  ],
};

function read(draft: TreatyDraft): TreatyJSON {
  const doc = new Y.Doc();
  writeTreatyToYDoc(doc, draft);
  const treaty = treatyFromYDoc(doc);
  doc.destroy();
  return treaty;
}

const bilingual = (uk = UKRAINIAN) => read({ ...ENGLISH, languages: ['en', 'uk'], translations: { uk } });

describe('compare in a language', () => {
  it('compares the Ukrainian texts, flags a Ukrainian-only change there and not in English', () => {
    const before = bilingual();
    const after = bilingual({
      ...UKRAINIAN,
      clauses: [
        UKRAINIAN.clauses[0] as (typeof UKRAINIAN.clauses)[0],
        { heading: 'Допомога', paragraphs: ['Україна має право надати допомогу протягом 48 годин.'] },
      ],
    });
    const uk = compareTreaties(before, after, 'uk');
    expect(uk.lang).toBe('uk');
    const assist = uk.clauses.find((clause) => clause.clauseId === 'c-assist');
    expect(assist?.status).toBe('changed');
    expect(assist?.to?.heading).toBe('Допомога');
    expect(sideOf(assist?.text ?? [], 'after')).toBe('Україна має право надати допомогу протягом 48 годин.');
    expect(assist?.material.map((change) => change.kind)).toEqual(['modal', 'number', 'party']);
    expect(assist?.material[2]?.description).toBe('party nothing → “україна”');

    const en = compareTreaties(before, after, 'en');
    expect(en.lang).toBe('en');
    expect(en.clauses.map((clause) => clause.status)).toEqual(['unchanged', 'unchanged']);
  });

  it('reads a version from before a language as empty text in it', () => {
    const englishOnly = read(ENGLISH);
    const result = compareTreaties(englishOnly, bilingual(), 'uk');
    expect(result.title?.map((s) => [s.op, s.text])).toEqual([['insert', 'Угода про безпеку']]);
    const assist = result.clauses.find((clause) => clause.clauseId === 'c-assist');
    expect(assist?.status).toBe('changed');
    expect(assist?.from).toEqual({ number: 2, heading: '' });
    expect(assist?.text?.map((s) => s.op)).toEqual(['insert']);
    // The English text did not change: in English nothing is to report.
    expect(compareTreaties(englishOnly, bilingual(), 'en').summary.changed).toBe(0);
  });

  it('reads a treaty stored before language versions (no languages, no texts) in its English', () => {
    const stored = read(ENGLISH);
    const { languages: _l, lang: _lang, titles: _t, preambles: _p, ...legacy } = stored;
    const old = {
      ...legacy,
      clauses: stored.clauses.map(({ lang: _, texts: __, ...clause }) => clause),
    } as unknown as TreatyJSON;
    expect(languagesOfTreaty(old)).toEqual(['en']);
    expect(treatyInLanguage(old, 'en').clauses[1]?.text).toBe('Each Party shall assist within 24 hours.');
    expect(treatyInLanguage(old, 'uk').clauses[1]).toMatchObject({
      text: '',
      heading: '',
      label: 'Стаття 2',
    });
    expect(compareTreaties(old, stored, 'en').summary.changed).toBe(0);
  });
});
