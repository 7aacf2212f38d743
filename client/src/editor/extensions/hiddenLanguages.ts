import { LANGUAGE_TEXT_NODES } from '@pactum/shared';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { isHiddenText } from '../shownText.ts';
import { changesOutside } from './touchesClauseList.ts';

/** The class that hides a language text (CSS `display: none`). */
export const HIDDEN_LANGUAGE_CLASS = 'lang-hidden';

/** A `lang-hidden` node decoration on every language text that is not in `lang` (see shownText). */
export function hideLanguages(doc: ProseMirrorNode, lang: string): DecorationSet {
  const decorations: Decoration[] = [];
  doc.forEach((parent, parentPos) => {
    parent.forEach((text, offset, index) => {
      if (!LANGUAGE_TEXT_NODES.has(text.type.name) || !isHiddenText(parent, index, lang)) return;
      const from = parentPos + 1 + offset;
      decorations.push(Decoration.node(from, from + text.nodeSize, { class: HIDDEN_LANGUAGE_CLASS }));
    });
  });
  return decorations.length > 0 ? DecorationSet.create(doc, decorations) : DecorationSet.empty;
}

const key = new PluginKey<DecorationSet>('hiddenLanguages');

/**
 * Hides the texts of the languages not shown. Redrawn only when a change
 * reaches beyond the inside of one language text (articles or language texts
 * added, removed or replaced); typing inside one only maps the set.
 */
export function hiddenLanguagesPlugin(lang: string): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key,
    state: {
      init: (_config, state) => hideLanguages(state.doc, lang),
      apply: (tr, hidden) =>
        !tr.docChanged
          ? hidden
          : changesOutside(tr, 2)
            ? hideLanguages(tr.doc, lang)
            : hidden.map(tr.mapping, tr.doc),
    },
    props: { decorations: (state) => key.getState(state) },
  });
}
