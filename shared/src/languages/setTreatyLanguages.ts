import * as Y from 'yjs';
import { repairSequence } from '../schema/repairSequence.ts';
import { TREATY_FRAGMENT, TreatyNode } from '../treatyLayout.ts';
import { writeLanguages } from './languagesLayout.ts';

const HOLDS_TEXTS = new Set<string>([TreatyNode.title, TreatyNode.preamble, TreatyNode.clause]);

/**
 * Makes `languages` the treaty's languages: the title, the preamble and every
 * article get an empty text in each language they lack and lose the texts in
 * languages no longer listed. Structure and the other texts are untouched.
 * Runs in one transaction (the caller's, if it has one).
 */
export function setTreatyLanguages(doc: Y.Doc, languages: readonly string[], origin?: unknown): void {
  doc.transact(() => {
    writeLanguages(doc, languages);
    for (const node of doc.getXmlFragment(TREATY_FRAGMENT).toArray()) {
      if (node instanceof Y.XmlElement && HOLDS_TEXTS.has(node.nodeName)) repairSequence(node);
    }
  }, origin);
}
