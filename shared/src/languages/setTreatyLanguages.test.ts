import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { fragmentProblem } from '../schema/treatyStructure.ts';
import { TREATY_FRAGMENT } from '../treatyLayout.ts';
import { treatyFromYDoc, writeTreatyToYDoc } from '../treatyYDoc.ts';
import { readLanguages } from './languagesLayout.ts';
import { setTreatyLanguages } from './setTreatyLanguages.ts';

function english(): Y.Doc {
  const doc = new Y.Doc();
  writeTreatyToYDoc(doc, {
    title: 'Security Agreement',
    preamble: ['The Parties,'],
    clauses: [
      { heading: 'Purpose', paragraphs: ['The Parties shall cooperate.'] },
      { heading: 'Assistance', paragraphs: ['Each Party shall assist within 24 hours.'] },
    ],
  });
  return doc;
}

describe('setTreatyLanguages', () => {
  it('adds an empty text in the new language everywhere and leaves the others as they were', () => {
    const doc = english();
    const ids = treatyFromYDoc(doc).clauses.map((c) => c.clauseId);
    setTreatyLanguages(doc, ['en', 'uk']);
    expect(readLanguages(doc)).toEqual(['en', 'uk']);
    const en = treatyFromYDoc(doc, 'en');
    const uk = treatyFromYDoc(doc, 'uk');
    expect(en.clauses.map((c) => c.text)).toEqual([
      'The Parties shall cooperate.',
      'Each Party shall assist within 24 hours.',
    ]);
    expect(uk.clauses.map((c) => [c.clauseId, c.heading, c.text.trim(), c.label])).toEqual([
      [ids[0], '', '', 'Стаття 1'],
      [ids[1], '', '', 'Стаття 2'],
    ]);
    expect([uk.title, uk.preamble.trim()]).toEqual(['', '']);
    expect(fragmentProblem(doc.getXmlFragment(TREATY_FRAGMENT))).toBeNull();
  });

  it('removes a language with its texts, keeping structure and the remaining text', () => {
    const doc = english();
    setTreatyLanguages(doc, ['en', 'uk']);
    setTreatyLanguages(doc, ['uk']);
    expect(readLanguages(doc)).toEqual(['uk']);
    const left = treatyFromYDoc(doc);
    expect(left.lang).toBe('uk');
    expect(left.clauses).toHaveLength(2);
    expect(Object.keys(left.clauses[0]?.texts ?? {})).toEqual(['uk']);
    expect(doc.getXmlFragment(TREATY_FRAGMENT).toString()).not.toContain('shall cooperate');
    expect(fragmentProblem(doc.getXmlFragment(TREATY_FRAGMENT))).toBeNull();
  });
});
