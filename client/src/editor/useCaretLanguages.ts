import { parseRemoteAwareness, TREATY_FRAGMENT } from '@pactum/shared';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { caretLanguage } from './caretLanguage.ts';

/** The language each other participant's caret is in (see caretLanguage), by awareness client id. */
export function useCaretLanguages(awareness: Awareness, doc: Y.Doc): ReadonlyMap<number, string> {
  // A caret's awareness may arrive before the change that made its text: the document changing
  // is a reason to look again too. At most every 200 ms, for many people typing.
  const subscribe = useCallback(
    (onChange: () => void) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const soon = () => {
        timer ??= setTimeout(() => {
          timer = undefined;
          onChange();
        }, 200);
      };
      awareness.on('change', soon);
      doc.on('update', soon);
      return () => {
        clearTimeout(timer);
        awareness.off('change', soon);
        doc.off('update', soon);
      };
    },
    [awareness, doc],
  );
  // A string snapshot: a caret moving within one language changes nothing here.
  const key = useSyncExternalStore(subscribe, () => {
    const fragment = doc.getXmlFragment(TREATY_FRAGMENT);
    const entries: string[] = [];
    for (const [clientId, state] of awareness.getStates()) {
      if (clientId === awareness.clientID) continue;
      const lang = caretLanguage(parseRemoteAwareness(state)?.cursor ?? null, doc, fragment);
      if (lang) entries.push(`${clientId}:${lang}`);
    }
    return entries.join(' ');
  });
  return useMemo(
    () =>
      new Map(
        key
          .split(' ')
          .filter(Boolean)
          .map((entry) => {
            const [clientId, lang] = entry.split(':');
            return [Number(clientId), String(lang)] as const;
          }),
      ),
    [key],
  );
}
