import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { clauseStateOf } from './clauseState.ts';
import { clauseBodyElement } from './languages/clauseTextElement.ts';
import { restoreClause, restoreVersion } from './restore.ts';
import { trigger } from './tags/treatyFixture.ts';
import { addCommitment, setClauseDomain, setThreshold } from './tags/writeTags.ts';
import { TREATY_FRAGMENT } from './treatyLayout.ts';
import { treatyFromYDoc, writeTreatyToYDoc } from './treatyYDoc.ts';

function treatyDoc(): Y.Doc {
  const doc = new Y.Doc();
  writeTreatyToYDoc(doc, {
    title: 'Agreement',
    preamble: ['The Parties,'],
    parties: [{ code: 'FR', name: 'France' }],
    clauses: [
      { heading: 'One', paragraphs: ['First text.'], domains: ['cyber'] },
      {
        heading: 'Two',
        paragraphs: ['Second text.', ['item a', 'item b']],
        threshold: trigger('blockade', 2),
        commitments: [{ party: 'FR', domain: 'maritime', capability: 'frigate' }],
      },
      { heading: 'Three', paragraphs: ['Third text.'] },
    ],
  });
  return doc;
}

const fragment = (doc: Y.Doc) => doc.getXmlFragment(TREATY_FRAGMENT);
function bodyText(doc: Y.Doc, index: number): Y.XmlText {
  const body = clauseBodyElement(doc, index);
  return (body.get(0) as Y.XmlElement).get(0) as Y.XmlText;
}
const stripIds = (treaty: ReturnType<typeof treatyFromYDoc>) => ({
  ...treaty,
  clauses: treaty.clauses.map((c) => ({
    ...c,
    commitments: c.commitments.map(({ id: _id, ...rest }) => rest),
  })),
});

describe('restore', () => {
  it('brings one clause back to an earlier state, text and tags, keeping its id', () => {
    const doc = treatyDoc();
    const before = treatyFromYDoc(doc).clauses[1];
    if (!before) throw new Error('fixture');
    bodyText(doc, 1).insert(0, 'Rewritten. ');
    setThreshold(doc, before.clauseId, null);
    setClauseDomain(doc, before.clauseId, 'logistics', true);
    addCommitment(doc, before.clauseId, { party: 'FR', domain: 'cyber', capability: 'extra' });

    restoreClause(doc, { clauseId: before.clauseId, ...clauseStateOf(before) });
    expect(treatyFromYDoc(doc).clauses[1]).toEqual(before);
  });

  it('re-inserts a deleted clause at its old number with its original id', () => {
    const doc = treatyDoc();
    const deleted = treatyFromYDoc(doc).clauses[1];
    if (!deleted) throw new Error('fixture');
    fragment(doc).delete(3, 1);
    expect(treatyFromYDoc(doc).clauses.map((c) => c.heading)).toEqual(['One', 'Three']);
    restoreClause(doc, { clauseId: deleted.clauseId, ...clauseStateOf(deleted) });
    const clauses = treatyFromYDoc(doc).clauses;
    expect(clauses.map((c) => c.heading)).toEqual(['One', 'Two', 'Three']);
    expect(clauses[1]).toEqual(deleted);
  });

  it('makes the live treaty equal to a version after edits, moves, deletions and additions', () => {
    const doc = treatyDoc();
    const version = treatyFromYDoc(doc);
    bodyText(doc, 0).insert(0, 'Changed. ');
    doc.transact(() => {
      const moved = (fragment(doc).get(4) as Y.XmlElement).clone();
      fragment(doc).delete(4, 1);
      fragment(doc).insert(2, [moved]);
    });
    fragment(doc).delete(4, 1); // "Two"
    // A copy of the first clause stands for an article added since (a fresh clone has the same id, so give it another).
    const extra = (fragment(doc).get(2) as Y.XmlElement).clone();
    extra.setAttribute('clauseId', 'c-addedsince');
    fragment(doc).insert(3, [extra]);
    setClauseDomain(doc, version.clauses[0]?.clauseId ?? '', 'cyber', false);

    restoreVersion(doc, version);
    expect(stripIds(treatyFromYDoc(doc))).toEqual(stripIds(version));
    expect(treatyFromYDoc(doc).clauses.map((c) => c.clauseId)).toEqual(
      version.clauses.map((c) => c.clauseId),
    );
  });

  it('is one undoable step for an undo manager that tracks its origin', () => {
    const doc = treatyDoc();
    const version = treatyFromYDoc(doc);
    bodyText(doc, 2).insert(0, 'Later. ');
    const after = treatyFromYDoc(doc);
    const origin = Symbol('restore');
    const undo = new Y.UndoManager(fragment(doc), { trackedOrigins: new Set([origin]) });
    restoreVersion(doc, version, origin);
    expect(treatyFromYDoc(doc).clauses[2]?.text).toBe('Third text.');
    undo.undo();
    expect(treatyFromYDoc(doc).clauses[2]?.text).toBe(after.clauses[2]?.text);
  });
});
