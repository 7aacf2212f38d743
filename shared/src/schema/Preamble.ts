import { Node } from '@tiptap/core';
import { TreatyNode } from '../treatyLayout.ts';

export const Preamble = Node.create({
  name: TreatyNode.preamble,
  content: `${TreatyNode.preambleText}+`,
  defining: true,
  isolating: true,
  parseHTML: () => [{ tag: 'section.preamble' }],
  renderHTML: () => ['section', { class: 'preamble' }, 0],
});
