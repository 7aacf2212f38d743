import { TreatyNode } from '@pactum/shared';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { NodeSelection, type Selection } from '@tiptap/pm/state';

export interface ClauseLocation {
  node: ProseMirrorNode;
  /** Position just before the clause. */
  pos: number;
  /** Index among the top-level children of the document. */
  index: number;
}

/** The clause that contains the selection, if any. */
export function clauseAt(selection: Selection): ClauseLocation | null {
  const { $from } = selection;
  if (selection instanceof NodeSelection && selection.node.type.name === TreatyNode.clause) {
    return { node: selection.node, pos: selection.from, index: $from.index(0) };
  }
  if ($from.depth < 1) return null;
  const node = $from.node(1);
  if (node.type.name !== TreatyNode.clause) return null;
  return { node, pos: $from.before(1), index: $from.index(0) };
}

export function isClause(node: ProseMirrorNode | null | undefined): node is ProseMirrorNode {
  return node?.type.name === TreatyNode.clause;
}

export function clauseCount(doc: ProseMirrorNode): number {
  let count = 0;
  doc.forEach((child) => {
    if (isClause(child)) count++;
  });
  return count;
}
