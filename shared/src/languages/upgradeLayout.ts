import * as Y from 'yjs';
import { LANG_ATTR, TREATY_FRAGMENT, TreatyNode } from '../treatyLayout.ts';
import { LANGUAGES_ROOT, writeLanguages } from './languagesLayout.ts';

/** Each structural node, and the language text node its content moves into. */
const WRAPPERS: Record<string, string> = {
  [TreatyNode.title]: TreatyNode.titleText,
  [TreatyNode.preamble]: TreatyNode.preambleText,
  [TreatyNode.clause]: TreatyNode.clauseText,
};

function elements(parent: Y.XmlFragment | Y.XmlElement): Y.XmlElement[] {
  return parent.toArray().filter((node): node is Y.XmlElement => node instanceof Y.XmlElement);
}

/** Whether `element` still holds its text directly, as before language versions. */
function holdsTextDirectly(element: Y.XmlElement): boolean {
  const wrapper = WRAPPERS[element.nodeName];
  return (
    wrapper !== undefined && element.length > 0 && !elements(element).some((c) => c.nodeName === wrapper)
  );
}

/**
 * Moves a treaty written before language versions into the layout with one
 * text per language: the title's, the preamble's and each article's content
 * become their text in `lang`, the treaty's only language. Clause elements
 * (and their clauseIds) stay where they are; only their children move.
 * Returns false, and writes nothing, if there is nothing to move.
 */
export function moveTextsIntoLanguage(doc: Y.Doc, lang: string): boolean {
  const legacy = elements(doc.getXmlFragment(TREATY_FRAGMENT)).filter(holdsTextDirectly);
  if (legacy.length === 0) return false;
  doc.transact(() => {
    if (!doc.share.has(LANGUAGES_ROOT) || doc.getMap(LANGUAGES_ROOT).size === 0) writeLanguages(doc, [lang]);
    for (const element of legacy) {
      const wrapper = new Y.XmlElement(WRAPPERS[element.nodeName] as string);
      wrapper.setAttribute(LANG_ATTR, lang);
      wrapper.insert(
        0,
        element.toArray().map((child) => child.clone() as Y.XmlElement | Y.XmlText),
      );
      element.delete(0, element.length);
      element.insert(0, [wrapper]);
    }
  });
  return true;
}

/**
 * For a store migration: the update that moves the treaty stored as `rows`
 * into language texts (moveTextsIntoLanguage), or null if it is there already.
 */
export function languageTextsUpgrade(rows: readonly Uint8Array[], lang = 'en'): Uint8Array | null {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const row of rows) Y.applyUpdate(doc, row);
  });
  const before = Y.encodeStateVector(doc);
  return moveTextsIntoLanguage(doc, lang) ? Y.encodeStateAsUpdate(doc, before) : null;
}
