import { clauseBodyElement, TREATY_FRAGMENT, TreatyNode } from '@pactum/shared';
import * as Y from 'yjs';

/** The text of the first paragraph of the `index`-th clause (modulo the clause count) of a treaty doc. */
export function typingTarget(doc: Y.Doc, index: number): Y.XmlText {
  const clauses = doc
    .getXmlFragment(TREATY_FRAGMENT)
    .toArray()
    .filter(
      (node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === TreatyNode.clause,
    );
  if (clauses.length === 0) throw new Error('the document has no clauses: was it seeded?');
  const body = clauseBodyElement(doc, index % clauses.length);
  const paragraph = body
    .toArray()
    .find((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === 'paragraph');
  const text = paragraph?.get(0);
  if (!(text instanceof Y.XmlText)) throw new Error(`clause ${index} has no paragraph text to type into`);
  return text;
}
