import { Node } from '@tiptap/core';
import { TreatyNode } from '../treatyLayout.ts';

export const TreatyTitle = Node.create({
  name: TreatyNode.title,
  content: `${TreatyNode.titleText}+`,
  defining: true,
  parseHTML: () => [{ tag: 'h1.treaty-title' }],
  renderHTML: () => ['h1', { class: 'treaty-title' }, 0],
});
