import type { JSONContent } from '@tiptap/core';
import { Schema } from '@tiptap/pm/model';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { TREATY_FRAGMENT } from '../treatyLayout.ts';
import { treatyFromYDoc } from '../treatyYDoc.ts';
import { treatyNodeFromElement, treatyNodeFromFragment } from './treatyNodeFromFragment.ts';
import { treatySchema } from './treatySchemaExtensions.ts';

const text = (value: string, ...marks: string[]): JSONContent => ({
  type: 'text',
  text: value,
  ...(marks.length > 0 ? { marks: marks.map((type) => ({ type })) } : {}),
});
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });
const item = (...content: JSONContent[]): JSONContent => ({ type: 'listItem', content });
const clause = (clauseId: string, heading: string, ...body: JSONContent[]): JSONContent => ({
  type: 'clause',
  attrs: { clauseId },
  content: [
    {
      type: 'clauseText',
      attrs: { lang: 'en' },
      content: [
        { type: 'clauseHeading', content: [text(heading)] },
        { type: 'clauseBody', content: body },
      ],
    },
  ],
});

/** A treaty using every node and mark of the schema. */
function richTreaty(): Y.Doc {
  const json: JSONContent = {
    type: 'doc',
    content: [
      {
        type: 'treatyTitle',
        content: [{ type: 'titleText', attrs: { lang: 'en' }, content: [text('Treaty of Kyiv')] }],
      },
      {
        type: 'preamble',
        content: [
          {
            type: 'preambleText',
            attrs: { lang: 'en' },
            content: [paragraph(text('The Parties,')), paragraph(text('Recalling…'))],
          },
        ],
      },
      clause(
        'c-one',
        'Purpose',
        paragraph(
          text('The '),
          text('Parties', 'bold'),
          text(' shall ', 'bold', 'italic'),
          text('cooperate.'),
        ),
      ),
      clause('c-two', 'Assistance', paragraph(text('Each Party shall:')), {
        type: 'orderedList',
        attrs: { start: 3, type: null },
        content: [item(paragraph(text('help'))), item(paragraph(text('report')))],
      }),
      clause(
        'c-three',
        'Duration',
        paragraph(text('Ten years.'), { type: 'hardBreak' }, text('Renewable.')),
        {
          type: 'bulletList',
          content: [
            item(paragraph(text('one'))),
            item(paragraph(text('two')), { type: 'bulletList', content: [item(paragraph(text('nested')))] }),
          ],
        },
      ),
    ],
  };
  treatySchema().nodeFromJSON(json).check();
  const doc = new Y.Doc();
  prosemirrorJSONToYXmlFragment(treatySchema(), json, doc.getXmlFragment(TREATY_FRAGMENT));
  return doc;
}

function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

const fragmentOf = (doc: Y.Doc) => doc.getXmlFragment(TREATY_FRAGMENT);
const element = (parent: Y.XmlFragment, ...path: number[]): Y.XmlElement =>
  path.reduce((at: Y.XmlFragment, index) => at.get(index) as Y.XmlElement, parent) as Y.XmlElement;
/** The (English) body of the `index`-th clause (after title and preamble). */
const bodyOf = (doc: Y.Doc, index: number) => element(fragmentOf(doc), 2 + index, 0, 1);

/** Everything a write to the doc would change or fire, to compare before and after a read. */
function watch(doc: Y.Doc) {
  const stateVector = Y.encodeStateVector(doc);
  const state = Y.encodeStateAsUpdate(doc);
  const events: string[] = [];
  doc.on('beforeTransaction', () => events.push('transaction'));
  doc.on('update', () => events.push('update'));
  return () => {
    // Compared as strings: deep equality over a large Uint8Array takes seconds.
    expect(Y.encodeStateVector(doc).join()).toBe(stateVector.join());
    expect(Y.encodeStateAsUpdate(doc).join()).toBe(state.join());
    expect(events).toEqual([]);
  };
}

describe('treatyNodeFromFragment', () => {
  it('converts content the schema can hold exactly as y-tiptap does', () => {
    const doc = richTreaty();
    const firstParagraph = element(bodyOf(doc, 0), 0);
    // Two Y.Texts side by side, as concurrent edits leave them (y-tiptap merges them in place).
    firstParagraph.insert(firstParagraph.length, [new Y.XmlText(' Together.')]);
    // A mark under its overlapping-mark name.
    const duration = element(bodyOf(doc, 2), 0).get(0) as Y.XmlText;
    duration.format(0, 3, { 'italic--AbC+/=12': {} });

    const unchanged = watch(doc);
    const ours = treatyNodeFromFragment(fragmentOf(doc));
    unchanged();

    const theirs = yXmlFragmentToProseMirrorRootNode(fragmentOf(copyOf(doc)), treatySchema());
    expect(ours.toJSON()).toEqual(theirs.toJSON());
    expect(() => ours.check()).not.toThrow();
    expect(ours.child(2).textContent).toBe('PurposeThe Parties shall cooperate. Together.');
    expect(
      ours
        .child(4)
        .child(0)
        .child(1)
        .child(0)
        .child(0)
        .marks.map((mark) => mark.type.name),
    ).toEqual(['italic']);
  });

  it('leaves out what the schema cannot hold and writes nothing to the document', () => {
    const valid = richTreaty();
    const planted = copyOf(valid);
    const fragment = fragmentOf(planted);
    const purpose = element(bodyOf(planted, 0), 0).get(0) as Y.XmlText;
    purpose.format(0, 11, { comment: { id: 'x' } }); // an unknown mark, over 'The Parties'
    purpose.insertEmbed(4, { image: 'seal.png' }); // an embed
    purpose.setAttribute('color', 'red'); // an attribute of an XmlText
    const figure = new Y.XmlElement('figure'); // an unknown node with a subtree
    bodyOf(planted, 1).insert(1, [figure]);
    figure.insert(0, [new Y.XmlElement('paragraph')]);
    (figure.get(0) as Y.XmlElement).insert(0, [new Y.XmlText('caption')]);
    element(bodyOf(planted, 2), 0).setAttribute('data-evil', 'x'); // an unknown attribute
    element(fragment, 4).setAttribute('onclick', 'x');
    bodyOf(planted, 0).insert(1, [new Y.XmlElement('listItem')]); // a known node in the wrong place
    (element(fragment, 2, 0, 0).get(0) as Y.XmlText).format(0, 3, { bold: {} }); // a mark the heading does not allow
    element(bodyOf(planted, 2), 0).insert(0, [new Y.XmlElement('text')]); // an element named like text nodes
    const stray = new Y.XmlElement('paragraph'); // a paragraph at the top level
    fragment.insert(3, [stray]);
    stray.insert(0, [new Y.XmlText('stray')]);
    fragment.insert(fragment.length, [new Y.XmlHook('widget') as unknown as Y.XmlElement]);

    const theirCopy = copyOf(planted);
    const unchanged = watch(planted);
    const ours = treatyNodeFromFragment(fragment);
    const treaty = treatyFromYDoc(planted);
    unchanged();

    expect(ours.toJSON()).toEqual(treatyNodeFromFragment(fragmentOf(valid)).toJSON());
    expect(treaty).toEqual(treatyFromYDoc(valid));
    // The old way deleted the planted content from the shared document.
    const theirWrites: Uint8Array[] = [];
    theirCopy.on('update', (update: Uint8Array) => theirWrites.push(update));
    try {
      yXmlFragmentToProseMirrorRootNode(fragmentOf(theirCopy), treatySchema());
    } catch {
      // (the hook makes it throw after it has already deleted)
    }
    expect(theirWrites.length).toBeGreaterThan(0);
  });

  it('reads one clause element on its own like the whole fragment', () => {
    const doc = richTreaty();
    const unchanged = watch(doc);
    const whole = treatyNodeFromFragment(fragmentOf(doc));
    expect(treatyNodeFromElement(element(fragmentOf(doc), 3))?.toJSON()).toEqual(whole.child(3).toJSON());
    expect(treatyNodeFromElement(new Y.XmlElement('figure'))).toBeNull();
    expect(treatyNodeFromElement(new Y.XmlElement('text'))).toBeNull();
    unchanged();
  });

  it('never throws, whatever shape the document has, and the treaty reader copes', () => {
    const doc = new Y.Doc();
    const fragment = fragmentOf(doc);
    expect(treatyFromYDoc(doc)).toMatchObject({ title: '', preamble: '', clauses: [] });

    const headless = new Y.XmlElement('clause'); // no id, an English text with no heading
    const english = new Y.XmlElement('clauseText');
    const body = new Y.XmlElement('clauseBody');
    const line = new Y.XmlElement('paragraph');
    fragment.insert(0, [headless, new Y.XmlElement('clause')]);
    english.setAttribute('lang', 'en');
    headless.insert(0, [english]);
    english.insert(0, [body]);
    body.insert(0, [line]);
    line.insert(0, [new Y.XmlText('Only a body.')]);
    // Content that no XML API inserts, but a raw update can carry.
    const raw = line as unknown as { insert(index: number, content: unknown[]): void };
    raw.insert(0, [new Y.Map(), 42, 'loose', new Uint8Array([1])]);
    (line.get(4) as Y.XmlText).insertEmbed(0, new Y.Map());

    const unchanged = watch(doc);
    expect(treatyFromYDoc(doc).clauses).toEqual([
      expect.objectContaining({ clauseId: '', number: 1, heading: '', text: 'Only a body.' }),
      expect.objectContaining({ clauseId: '', number: 2, heading: '', text: '' }),
    ]);
    unchanged();
  });

  it('leaves out a subtree nested deeper than the stack allows instead of throwing', () => {
    const doc = new Y.Doc();
    const fragment = fragmentOf(doc);
    const clause = new Y.XmlElement('clause');
    const english = new Y.XmlElement('clauseText');
    fragment.insert(0, [clause]);
    clause.insert(0, [english]);
    let at = new Y.XmlElement('clauseBody');
    english.insert(0, [at]);
    doc.transact(() => {
      for (let depth = 0; depth < 10_000; depth++) {
        const next = new Y.XmlElement(depth % 2 === 0 ? 'bulletList' : 'listItem');
        at.insert(0, [next]);
        at = next;
      }
    });
    const unchanged = watch(doc);
    let depth = 0;
    for (let node = treatyNodeFromFragment(fragment); node.childCount > 0; node = node.child(0)) depth++;
    expect(depth).toBeGreaterThan(100);
    expect(depth).toBeLessThan(10_000);
    unchanged();
  }, 30_000);

  it('gives an attribute that fails its validation its default', () => {
    const schema = new Schema({
      nodes: {
        doc: { content: 'paragraph+' },
        paragraph: { content: 'text*', attrs: { align: { default: 'left', validate: 'string' } } },
        text: {},
      },
    });
    const doc = new Y.Doc();
    const fragment = fragmentOf(doc);
    const [valid, invalid] = [new Y.XmlElement('paragraph'), new Y.XmlElement('paragraph')];
    fragment.insert(0, [valid, invalid]);
    valid.setAttribute('align', 'right');
    invalid.setAttribute('align', 5 as unknown as string);
    expect(treatyNodeFromFragment(fragment, schema).toJSON().content).toEqual([
      { type: 'paragraph', attrs: { align: 'right' } },
      { type: 'paragraph', attrs: { align: 'left' } },
    ]);
  });
});
