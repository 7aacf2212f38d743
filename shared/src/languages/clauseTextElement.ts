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

/** The body element of the clause at `index` in `lang`; throws when there is none. */
export function clauseBodyElement(doc: Y.Doc, index: number, lang?: string): Y.XmlElement {
  const body = clauseTextElement(doc, index, lang)?.get(1);
  if (!(body instanceof Y.XmlElement))
    throw new Error(`article ${index + 1} has no body in ${lang ?? 'the first language'}`);
  return body;
}
