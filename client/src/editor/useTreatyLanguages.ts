import { LANGUAGES_ROOT, readLanguages } from '@pactum/shared';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/** The treaty's languages in order, following changes (the server writes them). */
export function useTreatyLanguages(doc: Y.Doc): readonly string[] {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const languages = doc.getMap(LANGUAGES_ROOT);
      languages.observe(onChange);
      return () => languages.unobserve(onChange);
    },
    [doc],
  );
  // A string snapshot: readLanguages makes a new array on every call.
  const codes = useSyncExternalStore(subscribe, () => readLanguages(doc).join(' '));
  return useMemo(() => codes.split(' '), [codes]);
}
