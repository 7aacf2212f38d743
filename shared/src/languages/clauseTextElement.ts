import * as Y from 'yjs';
import { LANG_ATTR, TREATY_FRAGMENT, TreatyNode } from '../treatyLayout.ts';
import { readLanguages } from './languagesLayout.ts';

/**
 * The Y element holding the text of the clause at 0-based `index` in `lang`
 * (the treaty's first language by default): its heading is child 0, its body
 * child 1. Undefined when there is no such clause or text. Reads only.
 */
export function clauseTextElement(doc: Y.Doc, index: number, lang?: string): Y.XmlElement | undefined {
  const wanted = lang ?? readLanguages(doc)[0];
  const clauses = doc
    .getXmlFragment(TREATY_FRAGMENT)
    .toArray()
    .filter(
      (node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === TreatyNode.clause,
    );
  return clauses[index]
    ?.toArray()
    .find(
      (node): node is Y.XmlElement =>
        node instanceof Y.XmlElement &&
        node.nodeName === TreatyNode.clauseText &&
        node.getAttribute(LANG_ATTR) === wanted,
    );
}
