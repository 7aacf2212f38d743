import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEFAULT_DOMAINS } from './tags/vocabulary.ts';
import { TREATY_FRAGMENT } from './treatyLayout.ts';
import type { ClauseDraft } from './treatyModel.ts';
import { treatyDraftToJSON, treatyFromYDoc, writeTreatyToYDoc } from './treatyYDoc.ts';

const clause = (heading: string, ...paragraphs: ClauseDraft['paragraphs']): ClauseDraft => ({
  heading,
  paragraphs,
});

function docWith(...clauses: ClauseDraft[]): Y.Doc {
  const doc = new Y.Doc();
  writeTreatyToYDoc(doc, { title: 'Framework Agreement', preamble: ['The Parties,', 'Recalling…'], clauses });
  return doc;
}

describe('treaty document in a Y.Doc', () => {
  it('reads back title, preamble and clauses with derived numbers', () => {
    const doc = docWith(
      clause('Definitions', 'For the purposes of this Agreement:'),
      clause('Scope', 'It applies.'),
    );
    const treaty = treatyFromYDoc(doc);
    expect(treaty.title).toBe('Framework Agreement');
    expect(treaty.preamble).toBe('The Parties,\nRecalling…');
    expect(treaty.clauses.map((c) => [c.number, c.label, c.heading, c.text])).toEqual([
      [1, 'Article 1', 'Definitions', 'For the purposes of this Agreement:'],
      [2, 'Article 2', 'Scope', 'It applies.'],
    ]);
  });

  it('keeps list items and Cyrillic text in the plain text and the body JSON', () => {
    const doc = docWith(
      clause('Допомога', 'Сторони зобов’язуються:', ['надати допомогу;', 'консультуватися.']),
    );
    const [only] = treatyFromYDoc(doc).clauses;
    expect(only?.text).toBe('Сторони зобов’язуються:\nнадати допомогу;\nконсультуватися.');
    expect(only?.body.map((block) => block.type)).toEqual(['paragraph', 'orderedList']);
  });

  it('gives each clause a distinct stable id that survives a reload and a move', () => {
    const doc = docWith(clause('A', 'a'), clause('B', 'b'), clause('C', 'c'));
    const before = treatyFromYDoc(doc).clauses;
    expect(new Set(before.map((c) => c.clauseId)).size).toBe(3);
    for (const c of before) expect(c.clauseId).toMatch(/^c-[a-z0-9]{12}$/);

    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(doc));
    const fragment = reloaded.getXmlFragment(TREATY_FRAGMENT);
    // Move the last clause (index 4: title, preamble, A, B, C) to the front of the clauses.
    reloaded.transact(() => {
      const moved = fragment.get(4) as Y.XmlElement;
      const copy = moved.clone();
      fragment.delete(4, 1);
      fragment.insert(2, [copy]);
    });
    const after = treatyFromYDoc(reloaded).clauses;
    expect(after.map((c) => c.heading)).toEqual(['C', 'A', 'B']);
    expect(after.map((c) => c.number)).toEqual([1, 2, 3]);
    expect(after.map((c) => c.clauseId)).toEqual([
      before[2]?.clauseId,
      before[0]?.clauseId,
      before[1]?.clauseId,
    ]);
  });

  it('keeps a given clause id', () => {
    const doc = docWith({ clauseId: 'c-fixedid', heading: 'X', paragraphs: ['x'] });
    expect(treatyFromYDoc(doc).clauses[0]?.clauseId).toBe('c-fixedid');
  });

  it('reads an empty document as an empty treaty instead of throwing', () => {
    expect(treatyFromYDoc(new Y.Doc())).toEqual({
      languages: ['en'],
      lang: 'en',
      title: '',
      preamble: '',
      titles: {},
      preambles: {},
      clauses: [],
      parties: [],
      domains: DEFAULT_DOMAINS,
    });
  });

  it('refuses to write over an existing treaty', () => {
    const doc = docWith(clause('A', 'a'));
    expect(() => writeTreatyToYDoc(doc, { title: 'x', preamble: [], clauses: [clause('B', 'b')] })).toThrow(
      /empty document/,
    );
  });

  it('rejects a treaty without clauses, which the schema forbids', () => {
    expect(() => treatyDraftToJSON({ title: 'x', preamble: [], clauses: [] })).toThrow();
  });
});
