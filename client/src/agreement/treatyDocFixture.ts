import { TREATY_FRAGMENT, writeTreatyToYDoc } from '@pactum/shared';
import * as Y from 'yjs';

/** A treaty of three short clauses and two parties, for tests. */
export function treatyDoc(): Y.Doc {
  const doc = new Y.Doc();
  writeTreatyToYDoc(doc, {
    title: 'Test',
    preamble: [],
    parties: [
      { code: 'UA', name: 'Ukraine' },
      { code: 'FR', name: 'France' },
    ],
    clauses: ['one', 'two', 'three'].map((heading) => ({ heading, paragraphs: [`The ${heading}.`] })),
  });
  return doc;
}

/** The Yjs element of the clause at `index` (0-based). */
export function clauseElement(doc: Y.Doc, index: number): Y.XmlElement {
  return doc.getXmlFragment(TREATY_FRAGMENT).get(index + 2) as Y.XmlElement;
}

/** Inserts text at the start of the first paragraph of the clause at `index`. */
export function typeInto(doc: Y.Doc, index: number, text: string): void {
  const paragraph = (clauseElement(doc, index).get(1) as Y.XmlElement).get(0) as Y.XmlElement;
  (paragraph.get(0) as Y.XmlText).insert(0, text);
}

/** Moves the clause at `from` to the end, as the editor does: a copy inserted, the original deleted. */
export function moveToEnd(doc: Y.Doc, from: number): void {
  const fragment = doc.getXmlFragment(TREATY_FRAGMENT);
  const copy = clauseElement(doc, from).clone();
  doc.transact(() => {
    fragment.insert(fragment.length, [copy]);
    fragment.delete(from + 2, 1);
  });
}
