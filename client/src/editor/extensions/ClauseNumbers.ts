import { clauseLabel, TreatyNode } from '@pactum/shared';
import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { touchesClauseList } from './touchesClauseList.ts';

/**
 * Puts "Article n" on each clause heading as a `data-label` attribute that CSS
 * shows. The number comes from the clause's position and is never stored. A
 * CSS counter alone would look the same but reads as "Article" without a number
 * in the accessibility tree.
 */
function numberClauses(doc: ProseMirrorNode): DecorationSet {
  const decorations: Decoration[] = [];
  let number = 0;
  doc.forEach((clause, pos) => {
    if (clause.type.name !== TreatyNode.clause) return;
    const heading = clause.firstChild;
    if (heading?.type.name !== TreatyNode.clauseHeading) return;
    number++;
    decorations.push(
      Decoration.node(pos + 1, pos + 1 + heading.nodeSize, { 'data-label': clauseLabel(number) }),
    );
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
        init: (_config, state) => numberClauses(state.doc),
        // Typing inside a clause only shifts positions: map instead of renumbering every article.
        apply: (tr, numbers) =>
          !tr.docChanged
            ? numbers
            : touchesClauseList(tr)
              ? numberClauses(tr.doc)
              : numbers.map(tr.mapping, tr.doc),
      },
      props: { decorations: (state) => key.getState(state) },
    }),
  ],
});
