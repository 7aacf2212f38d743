import {
  CLAUSE_ID_ATTR,
  clauseBodyElement,
  clauseJSON,
  TREATY_FRAGMENT,
  treatyFromYDoc,
  treatySchema,
} from '@pactum/shared';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ClauseTextReader } from './ClauseTextReader.ts';
import { clauseElement, moveToEnd, treatyDoc, typeInto } from './treatyDocFixture.ts';

const textOf = ({
  clauseId,
  number,
  label,
  lang,
  heading,
  text,
  body,
  texts,
}: ReturnType<typeof treatyFromYDoc>['clauses'][number]) => ({
  clauseId,
  number,
  label,
  lang,
  heading,
  text,
  body,
  texts,
});

describe('ClauseTextReader', () => {
  it('reads what treatyFromYDoc reads, after edits, moves, new clauses, deletions and new ids', () => {
    const doc = treatyDoc();
    const reader = new ClauseTextReader(doc);
    const same = () => expect(reader.read()).toEqual(treatyFromYDoc(doc).clauses.map(textOf));
    same();
    typeInto(doc, 1, 'Indeed, ');
    same();
    moveToEnd(doc, 0);
    same();
    doc.transact(() => {
      const scratch = doc.getXmlFragment('scratch');
      prosemirrorJSONToYXmlFragment(
        treatySchema(),
        {
          type: 'doc',
          content: [clauseJSON({ texts: [{ lang: 'en', heading: 'four', paragraphs: ['Четвертий.'] }] })],
        },
        scratch,
      );
      doc.getXmlFragment(TREATY_FRAGMENT).insert(3, [(scratch.get(0) as Y.XmlElement).clone()]);
    });
    same();
    clauseElement(doc, 2).setAttribute(CLAUSE_ID_ATTR, 'c-renamed');
    same();
    doc.getXmlFragment(TREATY_FRAGMENT).delete(2, 1);
    same();
  });

  it('leaves out what the schema cannot hold, as treatyFromYDoc does, and writes nothing to the document', () => {
    const doc = treatyDoc();
    const reader = new ClauseTextReader(doc);
    reader.read();
    const body = clauseBodyElement(doc, 1);
    const text = (body.get(0) as Y.XmlElement).get(0) as Y.XmlText;
    text.format(0, 3, { highlight: {} });
    body.insert(1, [new Y.XmlElement('figure')]);
    const state = Y.encodeStateAsUpdate(doc);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));

    const clauses = reader.read();
    expect(clauses).toEqual(treatyFromYDoc(doc).clauses.map(textOf));
    expect(clauses[1]?.text).toBe('The two.');
    expect(updates).toEqual([]);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(state);
  });

  it('hands back the same objects for clauses nobody touched', () => {
    const doc = treatyDoc();
    const reader = new ClauseTextReader(doc);
    const before = reader.read();
    typeInto(doc, 1, 'x');
    const after = reader.read();
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(after[2]).toBe(before[2]);
  });
});
