import { isLanguageCode, LANG_ATTR, readLanguages, TreatyNode } from '@pactum/shared';
import type { EditorState } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';

/**
 * The treaty's languages in order: those of the Y.Doc the editor is bound
 * to; in an editor bound to none, those the title has a text in (every part
 * of the treaty has one per language); else only `fallback`.
 */
export function treatyLanguages(state: EditorState, fallback: string): string[] {
  const doc = (ySyncPluginKey.getState(state) as { doc?: Y.Doc } | undefined)?.doc;
  if (doc) return readLanguages(doc);
  const languages: string[] = [];
  const title = state.doc.firstChild;
  if (title?.type.name === TreatyNode.title)
    title.forEach((text) => {
      const lang = text.attrs[LANG_ATTR];
      if (isLanguageCode(lang) && !languages.includes(lang)) languages.push(lang);
    });
  return languages.length > 0 ? languages : [fallback];
}
