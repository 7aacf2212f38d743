import { Node } from '@tiptap/core';
import { TreatyNode } from '../treatyLayout.ts';

export const ClauseBody = Node.create({
  name: TreatyNode.clauseBody,
  content: 'block+',
  defining: true,
  parseHTML: () => [{ tag: 'div.clause-body' }],
  renderHTML: () => ['div', { class: 'clause-body' }, 0],
});
