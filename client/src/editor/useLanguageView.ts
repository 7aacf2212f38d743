import { useCallback, useState } from 'react';
import type * as Y from 'yjs';
import {
  type LanguagePreference,
  readLanguagePreference,
  writeLanguagePreference,
} from './languagePreference.ts';
import { languageViewOf, type ShownLanguages } from './languageViewOf.ts';
import { useTreatyLanguages } from './useTreatyLanguages.ts';

export interface LanguageView extends ShownLanguages {
  /** The treaty's languages in order. */
  languages: readonly string[];
  choose: (patch: Partial<LanguagePreference>) => void;
}

/** The languages the editor shows, chosen by the reader among the treaty's and remembered per treaty. */
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
  return { languages, ...languageViewOf(languages, preference), choose };
}
