import { DEFAULT_LANGUAGES } from '@pactum/shared';
import { Extension } from '@tiptap/core';
import { type EditorState, Plugin, PluginKey } from '@tiptap/pm/state';
import { hiddenLanguagesPlugin } from './hiddenLanguages.ts';
import { hiddenTextGuard } from './hiddenTextGuard.ts';
import { nameLanguagesPlugin } from './nameLanguages.ts';
import { shownSelectionPlugin } from './shownSelectionPlugin.ts';

export interface ShownLanguageOptions {
  /** ISO 639-1 code of the language the editor shows and edits. */
  lang: string;
  /** A second language shown beside it (side by side), or null. */
  second: string | null;
}

const key = new PluginKey<readonly string[]>('shownLanguage');

/** The languages the editor shows: its language first, then the one beside it, if any. */
export function shownLanguages(state: EditorState): readonly string[] {
  return key.getState(state) ?? DEFAULT_LANGUAGES;
}

/** The language the editor shows first (one of the treaty's languages). */
export function shownLanguage(state: EditorState): string {
  return shownLanguages(state)[0] as string;
}

/**
 * The editor shows and edits one language of the treaty, or two side by
 * side: the texts of the others stay in the document, in their places,
 * hidden and guarded against local edits (hiddenLanguages.ts,
 * hiddenTextGuard.ts); a selection that spans hidden texts acts on the
 * shown ones only (ShownSelection.ts); a text a local edit makes gets its
 * language (nameLanguages.ts). The languages are fixed for the life of the
 * editor; showing others means a new editor.
 * Ahead of the other extensions: their plugins read {@link shownLanguage}
 * when they are set up.
 */
export const ShownLanguage = Extension.create<ShownLanguageOptions>({
  name: 'shownLanguage',
  priority: 1000,

  addOptions: () => ({ lang: DEFAULT_LANGUAGES[0] as string, second: null }),

  addProseMirrorPlugins() {
    const { lang, second } = this.options;
    const langs = second && second !== lang ? [lang, second] : [lang];
    return [
      new Plugin<readonly string[]>({ key, state: { init: () => langs, apply: (_tr, value) => value } }),
      hiddenLanguagesPlugin(langs),
      hiddenTextGuard(langs),
      shownSelectionPlugin(langs),
      nameLanguagesPlugin(lang),
    ];
  },
});
