import { Node } from '@tiptap/core';
import { TreatyNode } from '../treatyLayout.ts';

export const ClauseHeading = Node.create({
  name: TreatyNode.clauseHeading,
  content: 'text*',
  marks: '',
  defining: true,
  parseHTML: () => [{ tag: 'h2.clause-heading' }],
  renderHTML: () => ['h2', { class: 'clause-heading' }, 0],
});
