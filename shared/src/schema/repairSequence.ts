import { Fragment, type Node as ProseMirrorNode } from '@tiptap/pm/model';
import * as Y from 'yjs';
import { readLanguages } from '../languages/languagesLayout.ts';
import { newClauseId } from '../treatyId.ts';
import { CLAUSE_ID_ATTR, LANG_ATTR, LANGUAGE_TEXT_NODES, TreatyNode } from '../treatyLayout.ts';
import { elementNodeType } from './treatyContentRules.ts';
import { containerNodeType, missingLanguages } from './treatyStructure.ts';

const LANGUAGE_CONTAINERS = new Set<string>([TreatyNode.title, TreatyNode.preamble, TreatyNode.clause]);

/**
 * Makes the children of `parent` fit its content expression when undoing the
 * client's change could not (content that was already invalid before it):
 * children that do not fit are deleted, and what is missing at the end is
 * filled with empty nodes (an empty paragraph, an empty article with a new id).
 * Runs inside the caller's transaction.
 */
export function repairSequence(parent: Y.XmlFragment): void {
  const type = containerNodeType(parent);
  if (!type) return;
  let match = type.contentMatch;
  const misfits: number[] = [];
  const languages = parent.doc ? readLanguages(parent.doc) : [];
  const seenLanguages = new Set<unknown>();
  parent.toArray().forEach((child, index) => {
    if (child instanceof Y.XmlText && child.length === 0) return;
    // A text in a language the treaty does not have, or a second one in a language, goes.
    if (child instanceof Y.XmlElement && LANGUAGE_TEXT_NODES.has(child.nodeName)) {
      const lang = child.getAttribute(LANG_ATTR) as unknown;
      if (!languages.includes(lang as string) || seenLanguages.has(lang)) {
        misfits.push(index);
        return;
      }
      seenLanguages.add(lang);
    }
    const childType =
      child instanceof Y.XmlText
        ? type.schema.nodes.text
        : child instanceof Y.XmlElement
          ? elementNodeType(child.nodeName)
          : null;
    const next = childType ? match.matchType(childType) : null;
    if (next) match = next;
    else misfits.push(index);
  });
  for (const index of misfits.reverse()) parent.delete(index, 1);
  if (parent instanceof Y.XmlElement && LANGUAGE_CONTAINERS.has(parent.nodeName)) {
    // One empty text for each language it lacks (the content expression would add one, with no language).
    const textType = type.contentMatch.defaultType;
    const missingTexts = missingLanguages(parent).flatMap((lang) => {
      const node = textType?.createAndFill({ [LANG_ATTR]: lang });
      return node ? [elementOf(node, languages)] : [];
    });
    if (missingTexts.length > 0) parent.insert(parent.length, missingTexts);
    return;
  }
  const missing = match.fillBefore(Fragment.empty, true);
  if (missing && missing.childCount > 0) {
    const nodes: Y.XmlElement[] = [];
    missing.forEach((node) => {
      nodes.push(elementOf(node, languages));
    });
    parent.insert(parent.length, nodes);
  }
}

/** A Yjs element for `node`; a title, preamble or clause gets an empty text in each of `languages`. */
function elementOf(node: ProseMirrorNode, languages: readonly string[]): Y.XmlElement {
  const element = new Y.XmlElement(node.type.name);
  if (node.type.name === TreatyNode.clause) element.setAttribute(CLAUSE_ID_ATTR, newClauseId());
  if (LANGUAGE_TEXT_NODES.has(node.type.name)) element.setAttribute(LANG_ATTR, node.attrs[LANG_ATTR]);
  const children: Array<Y.XmlElement | Y.XmlText> = [];
  if (LANGUAGE_CONTAINERS.has(node.type.name)) {
    const textType = node.type.contentMatch.defaultType;
    for (const lang of languages) {
      const text = textType?.createAndFill({ [LANG_ATTR]: lang });
      if (text) children.push(elementOf(text, languages));
    }
  } else {
    node.forEach((child) => {
      children.push(child.isText ? new Y.XmlText(child.text ?? '') : elementOf(child, languages));
    });
  }
  if (children.length > 0) element.insert(0, children);
  return element;
}
