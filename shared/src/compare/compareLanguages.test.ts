import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type ConcordanceRecord, concordanceRecord } from '../agreement/concordance.ts';
import type { TreatyDraft, TreatyJSON } from '../treatyModel.ts';
import { treatyFromYDoc, writeTreatyToYDoc } from '../treatyYDoc.ts';
import { compareLanguages } from './compareLanguages.ts';

const BY = { memberId: 'm-olena', name: 'Olena', delegation: 'UA' };

function read(uk: Array<[string, string]>): TreatyJSON {
  const draft: TreatyDraft = {
    languages: ['en', 'uk'],
    title: 'Security Agreement',
    preamble: ['The Parties,'],
    clauses: [
      { clauseId: 'c-one', heading: 'Purpose', paragraphs: ['The Parties shall cooperate.'] },
      { clauseId: 'c-two', heading: 'Assistance', paragraphs: ['Each Party shall assist within 24 hours.'] },
      {
        clauseId: 'c-three',
        heading: 'Duration',
        paragraphs: ['This Agreement is concluded for ten years.'],
      },
    ],
    translations: {
      uk: {
        title: 'Угода про безпеку',
        preamble: ['Сторони,'],
        clauses: uk.map(([heading, text]) => ({ heading, paragraphs: [text] })),
      },
    },
  };
  const doc = new Y.Doc();
  writeTreatyToYDoc(doc, draft);
  const treaty = treatyFromYDoc(doc);
  doc.destroy();
  return treaty;
}

const CONFIRMED: Array<[string, string]> = [
  ['Мета', 'Сторони співпрацюють.'],
  ['Допомога', 'Кожна Сторона надає допомогу протягом 24 годин.'],
  ['Строк дії', 'Ця Угода укладається строком на десять років.'],
];

describe('compareLanguages', () => {
  it('aligns two languages article by article with the concordance of each', () => {
    const confirmedTreaty = read(CONFIRMED);
    const records = new Map<string, ConcordanceRecord>(
      confirmedTreaty.clauses
        .slice(0, 2)
        .map((clause) => [clause.clauseId, concordanceRecord(clause, BY, '2026-01-01T00:00:00Z')]),
    );
    // Article 2's Ukrainian changed since it was confirmed; Article 3 was never confirmed.
    const now = read([
      CONFIRMED[0] as [string, string],
      ['Допомога', 'Кожна Сторона надає допомогу протягом 48 годин.'],
      CONFIRMED[2] as [string, string],
    ]);
    const result = compareLanguages(now, records, 'en', 'uk');
    expect(result.title).toEqual({ left: 'Security Agreement', right: 'Угода про безпеку' });
    expect(result.clauses.map((c) => [c.left.label, c.right.label, c.status, c.changed])).toEqual([
      ['Article 1', 'Стаття 1', 'concordant', []],
      ['Article 2', 'Стаття 2', 'outdated', ['uk']],
      ['Article 3', 'Стаття 3', 'unconfirmed', []],
    ]);
    expect(result.counts).toEqual({ concordant: 1, outdated: 1, incomplete: 0, unconfirmed: 1 });
    const outdated = result.clauses[1];
    expect(outdated?.left.sinceConfirmed).toBeUndefined();
    expect(outdated?.right.sinceConfirmed?.text.filter((s) => s.op !== 'equal')).toEqual([
      { op: 'delete', text: '24 ' },
      { op: 'insert', text: '48 ' },
    ]);
  });

  it('reports an article with an empty language text as incomplete, and compares either way round', () => {
    const now = read([CONFIRMED[0] as [string, string], ['', ''], CONFIRMED[2] as [string, string]]);
    const result = compareLanguages(now, new Map(), 'uk', 'en');
    expect(result.clauses[1]).toMatchObject({
      status: 'incomplete',
      empty: ['uk'],
      left: { label: 'Стаття 2', text: '' },
      right: { heading: 'Assistance' },
    });
  });
});
