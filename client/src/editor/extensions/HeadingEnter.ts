import { TreatyNode } from '@pactum/shared';
import { Extension } from '@tiptap/core';
import { shownSelectionFrom } from '../shownText.ts';
import { shownLanguages } from './ShownLanguage.ts';

const SINGLE_LINE: ReadonlySet<string> = new Set([TreatyNode.titleText, TreatyNode.clauseHeading]);

/**
 * Enter in the title or an article heading moves on to the shown text below
 * instead of splitting the block: the schema allows exactly one of each.
 */
export const HeadingEnter = Extension.create({
  name: 'headingEnter',
  // Ahead of the core keymap, which would try to split the block.
  priority: 200,

  addKeyboardShortcuts() {
    return {
      Enter: () =>
        this.editor.commands.command(({ tr, state, dispatch }) => {
          const { $to } = tr.selection;
          if (!SINGLE_LINE.has($to.parent.type.name)) return false;
          const next = shownSelectionFrom(tr.doc.resolve($to.after()), 1, shownLanguages(state));
          if (!next) return false;
          if (dispatch) tr.setSelection(next).scrollIntoView();
          return true;
        }),
    };
  },
});
