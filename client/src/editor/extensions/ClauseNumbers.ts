import { clauseLabel, LANG_ATTR, TreatyNode } from '@pactum/shared';
import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { shownTexts } from '../shownText.ts';
import { shownLanguages } from './ShownLanguage.ts';
import { changesOutside } from './touchesClauseList.ts';

/**
 * Puts "Article n" on the heading of each clause's shown texts (one, or two
 * side by side) as a `data-label` attribute that CSS shows, in that text's
 * language ("Стаття n"). The number comes from the clause's position and is
 * never stored. A CSS counter alone would look the same but reads as
 * "Article" without a number in the accessibility tree.
 */
export function numberClauses(doc: ProseMirrorNode, langs: readonly string[]): DecorationSet {
  const decorations: Decoration[] = [];
  let number = 0;
  doc.forEach((clause, pos) => {
    if (clause.type.name !== TreatyNode.clause) return;
    number++;
    for (const text of shownTexts(clause, langs)) {
      const heading = text.node.firstChild;
      if (heading?.type.name !== TreatyNode.clauseHeading) continue;
      const from = pos + 1 + text.offset + 1;
      const label = clauseLabel(number, String(text.node.attrs[LANG_ATTR] ?? langs[0]));
      decorations.push(Decoration.node(from, from + heading.nodeSize, { 'data-label': label }));
    }
  });
  return DecorationSet.create(doc, decorations);
}

const key = new PluginKey<DecorationSet>('clauseNumbers');

export const ClauseNumbers = Extension.create({
  name: 'clauseNumbers',
  addProseMirrorPlugins: () => [
    new Plugin<DecorationSet>({
      key,
      state: {
        init: (_config, state) => numberClauses(state.doc, shownLanguages(state)),
        // Typing inside a language text only shifts positions: map instead of renumbering every article.
        apply: (tr, numbers, oldState) =>
          !tr.docChanged
            ? numbers
            : changesOutside(tr, 2)
              ? numberClauses(tr.doc, shownLanguages(oldState))
              : numbers.map(tr.mapping, tr.doc),
      },
      props: { decorations: (state) => key.getState(state) },
    }),
  ],
});
