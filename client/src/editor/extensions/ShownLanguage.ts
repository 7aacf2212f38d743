import { DEFAULT_LANGUAGES } from '@pactum/shared';
import { Extension } from '@tiptap/core';
import { type EditorState, Plugin, PluginKey } from '@tiptap/pm/state';
import { hiddenLanguagesPlugin } from './hiddenLanguages.ts';
import { hiddenTextGuard } from './hiddenTextGuard.ts';
import { nameLanguagesPlugin } from './nameLanguages.ts';

export interface ShownLanguageOptions {
  /** ISO 639-1 code of the language the editor shows and edits. */
  lang: string;
}

const key = new PluginKey<string>('shownLanguage');

/** The language the editor shows (one of the treaty's languages). */
export function shownLanguage(state: EditorState): string {
  return key.getState(state) ?? (DEFAULT_LANGUAGES[0] as string);
}

/**
 * The editor shows and edits one language of the treaty: the texts of the
 * others stay in the document, in their places, hidden and guarded against
 * local edits (hiddenLanguages.ts, hiddenTextGuard.ts); a text a local edit
 * makes gets its language (nameLanguages.ts). The language is fixed
 * for the life of the editor; showing another one means a new editor.
 * Ahead of the other extensions: their plugins read {@link shownLanguage}
 * when they are set up.
 */
export const ShownLanguage = Extension.create<ShownLanguageOptions>({
  name: 'shownLanguage',
  priority: 1000,

  addOptions: () => ({ lang: DEFAULT_LANGUAGES[0] as string }),

  addProseMirrorPlugins() {
    const { lang } = this.options;
    return [
      new Plugin<string>({ key, state: { init: () => lang, apply: (_tr, value) => value } }),
      hiddenLanguagesPlugin(lang),
      hiddenTextGuard(lang),
      nameLanguagesPlugin(lang),
    ];
  },
});
