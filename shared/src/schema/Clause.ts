import { Node } from '@tiptap/core';
import { CLAUSE_ID_ATTR, TreatyNode } from '../treatyLayout.ts';

/**
 * An article of the treaty. Its number is derived from its position (CSS
 * counter in the editor, index elsewhere), never stored.
 */
export const Clause = Node.create({
  name: TreatyNode.clause,
  content: `${TreatyNode.clauseText}+`,
  defining: true,
  isolating: true,
  addAttributes() {
    return {
      [CLAUSE_ID_ATTR]: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-clause-id'),
        renderHTML: (attributes) => ({ 'data-clause-id': attributes[CLAUSE_ID_ATTR] }),
      },
    };
  },
  parseHTML: () => [{ tag: 'section.clause' }],
  renderHTML: ({ HTMLAttributes }) => ['section', { ...HTMLAttributes, class: 'clause' }, 0],
});
