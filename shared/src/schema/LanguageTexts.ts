import { Node } from '@tiptap/core';
import { isLanguageCode } from '../languages/languageCodes.ts';
import { LANG_ATTR, TreatyNode } from '../treatyLayout.ts';

/** `lang`, rendered as the HTML attribute (spell-check, hyphenation, screen readers follow it). */
const langAttribute = {
  [LANG_ATTR]: {
    default: null,
    parseHTML: (element: { getAttribute(name: string): string | null }) => {
      const lang = element.getAttribute('lang');
      return isLanguageCode(lang) ? lang : null;
    },
    renderHTML: (attributes: Record<string, unknown>) => ({ lang: attributes[LANG_ATTR] }),
  },
};

/** The title in one language. */
export const TitleText = Node.create({
  name: TreatyNode.titleText,
  content: 'text*',
  marks: '',
  defining: true,
  selectable: false,
  addAttributes: () => langAttribute,
  parseHTML: () => [{ tag: 'span.title-text' }],
  renderHTML: ({ HTMLAttributes }) => ['span', { ...HTMLAttributes, class: 'title-text' }, 0],
});

/** The preamble in one language. */
export const PreambleText = Node.create({
  name: TreatyNode.preambleText,
  content: 'paragraph+',
  defining: true,
  isolating: true,
  selectable: false,
  addAttributes: () => langAttribute,
  parseHTML: () => [{ tag: 'div.preamble-text' }],
  renderHTML: ({ HTMLAttributes }) => ['div', { ...HTMLAttributes, class: 'preamble-text' }, 0],
});

/** An article's heading and body in one language. */
export const ClauseText = Node.create({
  name: TreatyNode.clauseText,
  content: `${TreatyNode.clauseHeading} ${TreatyNode.clauseBody}`,
  defining: true,
  isolating: true,
  selectable: false,
  addAttributes: () => langAttribute,
  parseHTML: () => [{ tag: 'div.clause-text' }],
  renderHTML: ({ HTMLAttributes }) => ['div', { ...HTMLAttributes, class: 'clause-text' }, 0],
});
