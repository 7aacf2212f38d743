import { LANGUAGE_TEXT_NODES } from '@pactum/shared';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { shownTexts } from '../shownText.ts';
import { changesOutside } from './touchesClauseList.ts';

/** The class that hides a language text (CSS `display: none`). */
export const HIDDEN_LANGUAGE_CLASS = 'lang-hidden';

/** The classes that put the shown texts side by side: the first language's column, the second's. */
export const LANGUAGE_COLUMN_CLASSES = ['lang-column-1', 'lang-column-2'] as const;

/**
 * A `lang-hidden` node decoration on every language text that is not shown
 * in `langs` (see shownText); with two languages shown, each shown text gets
 * the class of its column, whatever its place among the texts of the document.
 */
export function hideLanguages(doc: ProseMirrorNode, langs: readonly string[]): DecorationSet {
  const decorations: Decoration[] = [];
  doc.forEach((parent, parentPos) => {
    const shown = shownTexts(parent, langs);
    parent.forEach((text, offset, index) => {
      if (!LANGUAGE_TEXT_NODES.has(text.type.name)) return;
      const column = shown.findIndex((candidate) => candidate.index === index);
      const from = parentPos + 1 + offset;
      if (column < 0)
        decorations.push(Decoration.node(from, from + text.nodeSize, { class: HIDDEN_LANGUAGE_CLASS }));
      else if (langs.length > 1)
        decorations.push(
          Decoration.node(from, from + text.nodeSize, { class: LANGUAGE_COLUMN_CLASSES[column] }),
        );
    });
  });
  return decorations.length > 0 ? DecorationSet.create(doc, decorations) : DecorationSet.empty;
}

const key = new PluginKey<DecorationSet>('hiddenLanguages');

/**
 * Hides the texts of the languages not shown (and places the two shown side
 * by side). Redrawn only when a change reaches beyond the inside of one
 * language text (articles or language texts added, removed or replaced);
 * typing inside one only maps the set.
 */
export function hiddenLanguagesPlugin(langs: readonly string[]): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key,
    state: {
      init: (_config, state) => hideLanguages(state.doc, langs),
      apply: (tr, hidden) =>
        !tr.docChanged
          ? hidden
          : changesOutside(tr, 2)
            ? hideLanguages(tr.doc, langs)
            : hidden.map(tr.mapping, tr.doc),
    },
    props: { decorations: (state) => key.getState(state) },
  });
}
