import { CLAUSE_ID_ATTR, TreatyNode } from '@pactum/shared';
import * as Y from 'yjs';

/** The clause elements of a treaty fragment, in order, with their index among the fragment's children. */
export function clausesOf(fragment: Y.XmlFragment): Array<{ clause: Y.XmlElement; at: number }> {
  const clauses: Array<{ clause: Y.XmlElement; at: number }> = [];
  fragment.toArray().forEach((child, at) => {
    if (child instanceof Y.XmlElement && child.nodeName === TreatyNode.clause)
      clauses.push({ clause: child, at });
  });
  return clauses;
}

export function clauseIdOf(clause: Y.XmlElement): string {
  return String(clause.getAttribute(CLAUSE_ID_ATTR));
}

/** The language texts of a clause, in order. */
export function languageTextsOf(clause: Y.XmlElement): Y.XmlElement[] {
  return clause
    .toArray()
    .filter(
      (child): child is Y.XmlElement =>
        child instanceof Y.XmlElement && child.nodeName === TreatyNode.clauseText,
    );
}

/** The body element of a clause's text in its `which`-th language, or null if there is none well formed here. */
export function bodyOf(clause: Y.XmlElement, which = 0): Y.XmlElement | null {
  const body = languageTextsOf(clause)[which]?.get(1);
  return body instanceof Y.XmlElement && body.nodeName === TreatyNode.clauseBody ? body : null;
}

const TEXTBLOCKS = new Set<string>([TreatyNode.titleText, TreatyNode.clauseHeading, 'paragraph']);

/**
 * The blocks of an element that hold text: an article's heading and every
 * paragraph of its body, lists included; the title; the preamble's paragraphs.
 */
export function textblocksOf(element: Y.XmlElement): Y.XmlElement[] {
  const blocks: Y.XmlElement[] = [];
  const visit = (node: Y.XmlElement) => {
    if (TEXTBLOCKS.has(node.nodeName)) {
      blocks.push(node);
      return;
    }
    for (const child of node.toArray()) if (child instanceof Y.XmlElement) visit(child);
  };
  visit(element);
  return blocks;
}

/** The first text node of a block, or null when the block is empty (the editor creates one on typing). */
export function textOf(block: Y.XmlElement): Y.XmlText | null {
  return block.toArray().find((child): child is Y.XmlText => child instanceof Y.XmlText) ?? null;
}

/** The characters of a text node, without its formatting. */
export function plainText(text: Y.XmlText): string {
  return text
    .toDelta()
    .map((op: { insert?: unknown }) => (typeof op.insert === 'string' ? op.insert : ''))
    .join('');
}

/** The Yjs identity of a shared type (the same in every replica), as `client:clock`. */
export function itemIdOf(type: { _item: Y.Item | null }): string {
  const item = type._item;
  return item ? `${item.id.client}:${item.id.clock}` : 'root';
}
