import { Fragment, type Node as ProseMirrorNode } from '@tiptap/pm/model';
import * as Y from 'yjs';
import { newClauseId } from '../treatyId.ts';
import { CLAUSE_ID_ATTR, TreatyNode } from '../treatyLayout.ts';
import { elementNodeType } from './treatyContentRules.ts';
import { containerNodeType } from './treatyStructure.ts';

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
  parent.toArray().forEach((child, index) => {
    if (child instanceof Y.XmlText && child.length === 0) return;
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
  const missing = match.fillBefore(Fragment.empty, true);
  if (missing && missing.childCount > 0) {
    const nodes: Y.XmlElement[] = [];
    missing.forEach((node) => {
      nodes.push(elementOf(node));
    });
    parent.insert(parent.length, nodes);
  }
}

function elementOf(node: ProseMirrorNode): Y.XmlElement {
  const element = new Y.XmlElement(node.type.name);
  if (node.type.name === TreatyNode.clause) element.setAttribute(CLAUSE_ID_ATTR, newClauseId());
  const children: Array<Y.XmlElement | Y.XmlText> = [];
  node.forEach((child) => {
    children.push(child.isText ? new Y.XmlText(child.text ?? '') : elementOf(child));
  });
  if (children.length > 0) element.insert(0, children);
  return element;
}
