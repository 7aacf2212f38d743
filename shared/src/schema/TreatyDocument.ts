import { Node } from '@tiptap/core';
import { TreatyNode } from '../treatyLayout.ts';

/** The top node: a title, a preamble and at least one clause, in that order. */
export const TreatyDocument = Node.create({
  name: TreatyNode.doc,
  topNode: true,
  content: `${TreatyNode.title} ${TreatyNode.preamble} ${TreatyNode.clause}+`,
});
