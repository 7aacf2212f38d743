import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { clauseContentHash } from '../agreement/clauseContentHash.ts';
import { clauseStateOf } from '../clauseState.ts';
import { clausesFromYDoc } from '../clausesFromYDoc.ts';
import { treatyFile, writeTreatyFileToYDoc } from '../export/treatyFile.ts';
import { TreatyFile } from '../export/treatyFileSchema.ts';
import { restoreClause } from '../restore.ts';
import { treatySummaryFromYDoc } from '../treatySummary.ts';
import { treatyFromYDoc, writeTreatyToYDoc } from '../treatyYDoc.ts';
import { clauseBodyElement } from './clauseTextElement.ts';
import { isLanguageCode } from './languageCodes.ts';
import { readLanguages } from './languagesLayout.ts';

function bilingual(): Y.Doc {
  const doc = new Y.Doc();
  writeTreatyToYDoc(doc, {
    languages: ['en', 'uk'],
    title: 'Security Agreement',
    preamble: ['The Parties,'],
    clauses: [
      { heading: 'Purpose', paragraphs: ['The Parties shall cooperate.'] },
      { heading: 'Assistance', paragraphs: ['Each Party shall assist within 24 hours.'] },
    ],
    translations: {
      uk: {
        title: 'Угода про безпеку',
        preamble: ['Сторони,'],
        clauses: [
          { heading: 'Мета', paragraphs: ['Сторони співпрацюють.'] },
          { heading: 'Допомога', paragraphs: ['Кожна Сторона надає допомогу протягом 24 годин.'] },
        ],
      },
    },
  });
  return doc;
}

/** Replaces the body text of clause `index` in `lang` with `text`. */
function retype(doc: Y.Doc, index: number, lang: string, text: string): void {
  const body = clauseBodyElement(doc, index, lang);
  const line = (body.get(0) as Y.XmlElement).get(0) as Y.XmlText;
  doc.transact(() => {
    line.delete(0, line.length);
    line.insert(0, text);
  });
}

describe('language versions of a treaty', () => {
  it('knows ISO 639-1 codes and nothing else', () => {
    for (const code of ['en', 'uk', 'fr', 'de', 'pl']) expect(isLanguageCode(code)).toBe(true);
    for (const code of ['EN', 'eng', 'zz', 'u', '', 'en-GB', 42, null])
      expect(isLanguageCode(code)).toBe(false);
  });

  it('holds one text per language for the title, the preamble and every article, read in any of them', () => {
    const doc = bilingual();
    expect(readLanguages(doc)).toEqual(['en', 'uk']);
    const english = treatyFromYDoc(doc);
    const ukrainian = treatyFromYDoc(doc, 'uk');
    expect([english.lang, english.title, english.clauses[1]?.label]).toEqual([
      'en',
      'Security Agreement',
      'Article 2',
    ]);
    expect([ukrainian.lang, ukrainian.title, ukrainian.preamble]).toEqual([
      'uk',
      'Угода про безпеку',
      'Сторони,',
    ]);
    expect(ukrainian.clauses.map((clause) => [clause.label, clause.heading, clause.text])).toEqual([
      ['Стаття 1', 'Мета', 'Сторони співпрацюють.'],
      ['Стаття 2', 'Допомога', 'Кожна Сторона надає допомогу протягом 24 годин.'],
    ]);
    // Same identities in both readings: the structure is one.
    expect(ukrainian.clauses.map((clause) => clause.clauseId)).toEqual(
      english.clauses.map((c) => c.clauseId),
    );
    expect(english.clauses[0]?.texts.uk?.heading).toBe('Мета');
    // Lists show the first language's title.
    expect(treatySummaryFromYDoc(doc)).toEqual({ title: 'Security Agreement', clauseCount: 2 });
  });

  it('refuses a draft whose languages are not distinct ISO 639-1 codes', () => {
    for (const languages of [[], ['en', 'en'], ['english'], ['en', 'xx']]) {
      expect(() =>
        writeTreatyToYDoc(new Y.Doc(), {
          languages,
          title: 'T',
          preamble: [],
          clauses: [{ heading: 'H', paragraphs: [] }],
        }),
      ).toThrow(/distinct ISO 639-1 codes/);
    }
  });

  it('binds a sign-off to every language: an edit in Ukrainian alone changes the hash', () => {
    const doc = bilingual();
    const before = clauseContentHash(treatyFromYDoc(doc).clauses[1] as never);
    // Read in either language, or on its own as the server reads a commit's clauses: the same hash.
    expect(clauseContentHash(treatyFromYDoc(doc, 'uk').clauses[1] as never)).toBe(before);
    const clauseId = treatyFromYDoc(doc).clauses[1]?.clauseId as string;
    expect(clauseContentHash(clausesFromYDoc(doc, new Set([clauseId])).clauses[0] as never)).toBe(before);
    retype(doc, 1, 'uk', 'Кожна Сторона може надати допомогу.');
    expect(clauseContentHash(treatyFromYDoc(doc).clauses[1] as never)).not.toBe(before);
  });

  it('gives a single-language clause the hash it had before language versions', () => {
    const doc = new Y.Doc();
    writeTreatyToYDoc(doc, { title: 'T', preamble: [], clauses: [{ heading: 'H', paragraphs: ['Text.'] }] });
    const clause = treatyFromYDoc(doc).clauses[0];
    const { texts: _texts, lang: _lang, ...legacy } = clause as NonNullable<typeof clause>;
    expect(clauseContentHash(clause as never)).toBe(
      clauseContentHash({ ...legacy, texts: {}, lang: 'en' } as never),
    );
  });

  it('keeps every language through a JSON backup, and reads a format-1 file as English', () => {
    const doc = bilingual();
    const file = TreatyFile.parse(JSON.parse(JSON.stringify(treatyFile(treatyFromYDoc(doc), [], 'now'))));
    const copy = new Y.Doc();
    writeTreatyFileToYDoc(copy, file);
    expect(treatyFromYDoc(copy, 'uk')).toEqual(treatyFromYDoc(doc, 'uk'));

    const { languages: _l, titles, preambles, ...single } = file.treaty;
    const old = new Y.Doc();
    writeTreatyFileToYDoc(
      old,
      TreatyFile.parse({
        ...file,
        formatVersion: 1,
        treaty: {
          ...single,
          title: titles?.en,
          preamble: preambles?.en,
          clauses: single.clauses.map(({ texts, ...clause }) => ({ ...clause, ...texts?.en })),
        },
      }),
    );
    expect(readLanguages(old)).toEqual(['en']);
    expect(treatyFromYDoc(old).clauses.map((c) => c.text)).toEqual(
      treatyFromYDoc(doc).clauses.map((c) => c.text),
    );
  });

  it('restores an article in every language; a state recorded before language versions only in the first', () => {
    const doc = bilingual();
    const recorded = clauseStateOf(treatyFromYDoc(doc).clauses[0] as never);
    retype(doc, 0, 'en', 'The Parties may cooperate.');
    retype(doc, 0, 'uk', 'Сторони можуть співпрацювати.');
    restoreClause(doc, { ...recorded, clauseId: treatyFromYDoc(doc).clauses[0]?.clauseId as string });
    expect(treatyFromYDoc(doc).clauses[0]?.texts).toMatchObject({
      en: { text: 'The Parties shall cooperate.' },
      uk: { text: 'Сторони співпрацюють.' },
    });

    retype(doc, 0, 'en', 'The Parties may cooperate.');
    retype(doc, 0, 'uk', 'Сторони можуть співпрацювати.');
    const { texts: _texts, ...legacy } = recorded;
    restoreClause(doc, { ...legacy, clauseId: treatyFromYDoc(doc).clauses[0]?.clauseId as string });
    expect(treatyFromYDoc(doc).clauses[0]?.texts).toMatchObject({
      en: { text: 'The Parties shall cooperate.' },
      uk: { text: 'Сторони можуть співпрацювати.' },
    });
  });
});
