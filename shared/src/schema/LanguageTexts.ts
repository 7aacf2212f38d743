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

/** A node holding one language's text of a part of the treaty, rendered as `tag.cssClass` with its `lang`. */
function languageText(
  name: string,
  content: string,
  tag: 'span' | 'div',
  cssClass: string,
  isolating: boolean,
) {
  return Node.create({
    name,
    content,
    ...(tag === 'span' ? { marks: '' } : {}),
    defining: true,
    isolating,
    selectable: false,
    addAttributes: () => langAttribute,
    parseHTML: () => [{ tag: `${tag}.${cssClass}` }],
    renderHTML: ({ HTMLAttributes }) => [tag, { ...HTMLAttributes, class: cssClass }, 0],
  });
}

/** The title in one language. */
export const TitleText = languageText(TreatyNode.titleText, 'text*', 'span', 'title-text', false);

/** The preamble in one language. */
export const PreambleText = languageText(TreatyNode.preambleText, 'paragraph+', 'div', 'preamble-text', true);

/** An article's heading and body in one language. */
export const ClauseText = languageText(
  TreatyNode.clauseText,
  `${TreatyNode.clauseHeading} ${TreatyNode.clauseBody}`,
  'div',
  'clause-text',
  true,
);
