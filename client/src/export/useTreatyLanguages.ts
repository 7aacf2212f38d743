import { LANGUAGES_ROOT, readLanguages } from '@pactum/shared';
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/** The treaty's languages in order, following changes (the server writes them). */
export function useTreatyLanguages(doc: Y.Doc): readonly string[] {
  const last = useRef<string[]>([]);
  const subscribe = useCallback(
    (onChange: () => void) => {
      const languages = doc.getMap(LANGUAGES_ROOT);
      languages.observe(onChange);
      return () => languages.unobserve(onChange);
    },
    [doc],
  );
  // The same array while the languages stay the same, so React sees no change.
  const snapshot = () => {
    const now = readLanguages(doc);
    if (now.join(',') !== last.current.join(',')) last.current = now;
    return last.current;
  };
  return useSyncExternalStore(subscribe, snapshot);
}
