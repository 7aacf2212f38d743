import type { Editor } from '@tiptap/react';
import { useState } from 'react';
import type * as Y from 'yjs';
import { shownLanguage } from '../editor/extensions/ShownLanguage.ts';
import { useTreatyLanguages } from '../editor/useTreatyLanguages.ts';

export interface ReadingLanguage {
  languages: readonly string[];
  lang: string;
  choose: (lang: string) => void;
}

/**
 * The language a versions screen reads the treaty in: the one the editor
 * shows, until the reader picks another here; showing another language in
 * the editor brings it back to that one.
 */
export function useReadingLanguage(doc: Y.Doc, editor: Editor | null): ReadingLanguage {
  const languages = useTreatyLanguages(doc);
  const shown = editor ? shownLanguage(editor.state) : (languages[0] as string);
  const [choice, setChoice] = useState<{ shown: string; lang: string } | null>(null);
  const lang =
    choice && choice.shown === shown && languages.includes(choice.lang)
      ? choice.lang
      : languages.includes(shown)
        ? shown
        : (languages[0] as string);
  return { languages, lang, choose: (next) => setChoice({ shown, lang: next }) };
}
