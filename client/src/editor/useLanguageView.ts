import { useCallback, useState } from 'react';
import type * as Y from 'yjs';
import {
  type LanguagePreference,
  readLanguagePreference,
  writeLanguagePreference,
} from './languagePreference.ts';
import { useTreatyLanguages } from './useTreatyLanguages.ts';

export interface LanguageView {
  /** The treaty's languages in order. */
  languages: readonly string[];
  /** The language shown (and, side by side, in the first column). */
  lang: string;
  /** The language in the second column, or null when one language is shown. */
  second: string | null;
  /** The language the second column would show: kept while side by side is off. */
  secondChoice: string | null;
  choose: (patch: Partial<LanguagePreference>) => void;
}

/**
 * The languages the editor shows, chosen by the reader among the treaty's
 * and remembered per treaty; a language the treaty no longer has falls
 * back to its first, and side by side needs two languages.
 */
export function useLanguageView(doc: Y.Doc, treatyId: string): LanguageView {
  const languages = useTreatyLanguages(doc);
  const [preference, setPreference] = useState(() => readLanguagePreference(treatyId));
  const choose = useCallback(
    (patch: Partial<LanguagePreference>) =>
      setPreference((current) => {
        const next = { ...current, ...patch };
        writeLanguagePreference(treatyId, next);
        return next;
      }),
    [treatyId],
  );
  const lang =
    preference.lang && languages.includes(preference.lang) ? preference.lang : (languages[0] as string);
  const others = languages.filter((code) => code !== lang);
  const secondChoice =
    preference.second && others.includes(preference.second) ? preference.second : (others[0] ?? null);
  return { languages, lang, second: preference.sideBySide ? secondChoice : null, secondChoice, choose };
}
