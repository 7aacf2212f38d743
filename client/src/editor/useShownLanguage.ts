import { LANGUAGES_ROOT, readLanguages } from '@pactum/shared';
import { useCallback, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/**
 * The language the editor shows: for now the treaty's first, following
 * changes to the treaty's languages (the server writes them).
 */
export function useShownLanguage(doc: Y.Doc): string {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const languages = doc.getMap(LANGUAGES_ROOT);
      languages.observe(onChange);
      return () => languages.unobserve(onChange);
    },
    [doc],
  );
  return useSyncExternalStore(subscribe, () => readLanguages(doc)[0] as string);
}
