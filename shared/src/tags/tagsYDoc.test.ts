import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { treatyFromYDoc, writeTreatyToYDoc } from '../treatyYDoc.ts';
import { readTreatyTags } from './readTreatyTags.ts';
import { TagRoot, tagKey } from './tagsLayout.ts';
import { trigger } from './treatyFixture.ts';
import { validateTagEntry } from './validateTagEntry.ts';
import {
  addCommitment,
  addCustomDomain,
  removeCommitment,
  setClauseDomain,
  setParty,
  setThreshold,
  TagInputError,
  updateCommitment,
} from './writeTags.ts';

function treatyDoc(): { doc: Y.Doc; ids: string[] } {
  const doc = new Y.Doc();
  writeTreatyToYDoc(doc, {
    title: 'T',
    preamble: [],
    parties: [
      { code: 'UA', name: 'Ukraine' },
      { code: 'FR', name: 'France' },
    ],
    clauses: [
      { heading: 'A', paragraphs: ['a'], domains: ['intelligence'] },
      { heading: 'B', paragraphs: ['b'] },
    ],
  });
  return { doc, ids: treatyFromYDoc(doc).clauses.map((c) => c.clauseId) };
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('clause tags in the Y.Doc', () => {
  it('writes and reads domains, thresholds, commitments and parties per clause', () => {
    const { doc, ids } = treatyDoc();
    const [a = '', b = ''] = ids;
    setClauseDomain(doc, b, 'cyber', true);
    setClauseDomain(doc, b, 'military-assistance', true);
    setThreshold(doc, b, trigger('cyber-attack', 2, { assistanceHours: null }));
    const id = addCommitment(doc, b, {
      party: 'FR',
      domain: 'cyber',
      capability: 'CERT team',
      quantity: 2,
      unit: 'teams',
    });

    const treaty = treatyFromYDoc(doc);
    expect(treaty.parties).toEqual([
      { code: 'UA', name: 'Ukraine' },
      { code: 'FR', name: 'France' },
    ]);
    expect(treaty.clauses[0]?.domains).toEqual(['intelligence']);
    expect(treaty.clauses[0]?.clauseId).toBe(a);
    // Domains come back in the treaty's domain order, not in tagging order.
    expect(treaty.clauses[1]).toMatchObject({
      domains: ['military-assistance', 'cyber'],
      threshold: trigger('cyber-attack', 2, { assistanceHours: null }),
      commitments: [
        { id, party: 'FR', domain: 'cyber', capability: 'CERT team', quantity: 2, unit: 'teams' },
      ],
    });

    updateCommitment(doc, id, { party: 'UA', domain: 'cyber', capability: 'CERT team' });
    expect(treatyFromYDoc(doc).clauses[1]?.commitments).toEqual([
      { id, party: 'UA', domain: 'cyber', capability: 'CERT team' },
    ]);
    removeCommitment(doc, id);
    setThreshold(doc, b, null);
    setClauseDomain(doc, b, 'cyber', false);
    expect(treatyFromYDoc(doc).clauses[1]).toMatchObject({
      domains: ['military-assistance'],
      threshold: null,
      commitments: [],
    });
  });

  it('merges concurrent edits of different tags of the same clause', () => {
    const { doc: alice, ids } = treatyDoc();
    const bob = new Y.Doc();
    sync(alice, bob);
    const clauseId = ids[1] ?? '';
    setThreshold(alice, clauseId, trigger('blockade', 2));
    sync(alice, bob);
    setClauseDomain(alice, clauseId, 'maritime', true);
    setClauseDomain(bob, clauseId, 'logistics', true);
    setThreshold(alice, clauseId, trigger('blockade', 4));
    setThreshold(bob, clauseId, trigger('blockade', 2, { assistanceHours: 12 }));
    sync(alice, bob);
    const fromAlice = treatyFromYDoc(alice).clauses[1];
    expect(fromAlice).toEqual(treatyFromYDoc(bob).clauses[1]);
    expect(fromAlice?.domains).toEqual(['logistics', 'maritime']);
    // Each changed only one field, so both changes survive.
    expect(fromAlice?.threshold).toMatchObject({ minSeverity: 4, assistanceHours: 12 });
  });

  it('keeps tags with their clause when the clause is moved', () => {
    const { doc, ids } = treatyDoc();
    const fragment = doc.getXmlFragment('treaty');
    doc.transact(() => {
      const moved = (fragment.get(3) as Y.XmlElement).clone();
      fragment.delete(3, 1);
      fragment.insert(2, [moved]);
    });
    setClauseDomain(doc, ids[1] ?? '', 'cyber', true);
    const clauses = treatyFromYDoc(doc).clauses;
    expect(clauses.map((c) => [c.heading, c.number, c.domains])).toEqual([
      ['B', 1, ['cyber']],
      ['A', 2, ['intelligence']],
    ]);
  });

  it('rejects invalid input with a message naming the field', () => {
    const { doc, ids } = treatyDoc();
    const clauseId = ids[0] ?? '';
    expect(() => setClauseDomain(doc, clauseId, 'space-force', true)).toThrow(/unknown domain "space-force"/);
    expect(() => setThreshold(doc, clauseId, trigger('armed-attack', 6))).toThrow(
      /minSeverity must be at most 5/,
    );
    expect(() => setThreshold(doc, clauseId, trigger('armed-attack', 2, { assistanceHours: -1 }))).toThrow(
      /assistanceHours must not be negative/,
    );
    expect(() => addCommitment(doc, clauseId, { party: 'fr', domain: 'cyber', capability: 'x' })).toThrow(
      TagInputError,
    );
    expect(() => setParty(doc, { code: 'UK', name: '  ' })).toThrow(/name must not be empty/);
    expect(treatyFromYDoc(doc).clauses[0]).toMatchObject({
      domains: ['intelligence'],
      threshold: null,
      commitments: [],
    });
  });

  it('accepts a treaty-defined domain once it has been added', () => {
    const { doc, ids } = treatyDoc();
    addCustomDomain(doc, { key: 'space', label: 'Space', color: '#223344' });
    setClauseDomain(doc, ids[0] ?? '', 'space', true);
    const treaty = treatyFromYDoc(doc);
    expect(treaty.domains.at(-1)).toEqual({ key: 'space', label: 'Space', color: '#223344' });
    expect(treaty.clauses[0]?.domains).toEqual(['intelligence', 'space']);
    expect(() => addCustomDomain(doc, { key: 'cyber', label: 'Cyber 2', color: '#223344' })).toThrow(
      /default domain/,
    );
  });

  it('skips malformed stored entries when reading', () => {
    const { doc, ids } = treatyDoc();
    const clauseId = ids[1] ?? '';
    doc.getMap(TagRoot.clauseDomains).set(tagKey(clauseId, 'nonsense'), true);
    doc.getMap(TagRoot.clauseThresholds).set(tagKey(clauseId, 'trigger'), 'invasion');
    doc.getMap(TagRoot.commitments).set('m-bad', { clauseId, party: 'FR' });
    doc.getMap(TagRoot.parties).set('fr', { name: 'lower case', addedAt: 1 });
    const tags = readTreatyTags(doc);
    expect(tags.byClause.get(clauseId)).toBeUndefined();
    expect(tags.parties.map((p) => p.code)).toEqual(['UA', 'FR']);
  });
});

describe('validateTagEntry', () => {
  const known = (key: string) => key === 'cyber';
  it.each([
    [TagRoot.clauseDomains, 'c-abcdefgh/cyber', true, null],
    [TagRoot.clauseDomains, 'c-abcdefgh/space', true, 'unknown domain "space"'],
    [TagRoot.clauseDomains, 'c-abcdefgh/cyber', 'yes', 'a domain tag must be true'],
    [TagRoot.clauseDomains, '../cyber', true, 'bad domain tag key "../cyber"'],
    [TagRoot.clauseThresholds, 'c-abcdefgh/assistanceHours', 48, null],
    [TagRoot.clauseThresholds, 'c-abcdefgh/assistanceHours', null, null],
    [TagRoot.clauseThresholds, 'c-abcdefgh/assistanceHours', -4, 'assistanceHours: must not be negative'],
    [
      TagRoot.clauseThresholds,
      'c-abcdefgh/assistanceHours',
      '48',
      'assistanceHours: must be a number of hours',
    ],
    [TagRoot.clauseThresholds, 'c-abcdefgh/minSeverity', 0, 'minSeverity: must be at least 1'],
    [TagRoot.clauseThresholds, 'c-abcdefgh/colour', 'red', 'unknown threshold field "colour"'],
    [
      TagRoot.commitments,
      'm-abcdefgh',
      { clauseId: 'c-abcdefgh', party: 'FR', domain: 'cyber', capability: 'x', addedAt: 1 },
      null,
    ],
    [
      TagRoot.commitments,
      'm-abcdefgh',
      { clauseId: 'c-abcdefgh', party: 'FR', domain: 'space', capability: 'x', addedAt: 1 },
      'unknown domain "space"',
    ],
    [TagRoot.parties, 'UA', { name: 'Ukraine', addedAt: 1 }, null],
    [TagRoot.parties, 'ua', { name: 'Ukraine', addedAt: 1 }, 'bad party code "ua"'],
    [
      TagRoot.customDomains,
      'cyber',
      { label: 'Cyber', color: '#000000', addedAt: 1 },
      '"cyber" is a default domain',
    ],
  ])('%s %s = %j → %s', (root, key, value, expected) => {
    expect(validateTagEntry(root, key, value, known)).toBe(expected);
  });
});
