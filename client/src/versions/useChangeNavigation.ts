import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';

/** Keys that step through the changes, where typing is not expected. */
export const NEXT_KEY = 'n';
export const PREVIOUS_KEY = 'p';

function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))
  );
}

/**
 * Steps through the changed articles of a compare, in order, by buttons or
 * the N / P keys: scrolls each into view and moves focus to it.
 */
export function useChangeNavigation(list: RefObject<HTMLElement | null>, changeIds: readonly string[]) {
  const [current, setCurrent] = useState<string | null>(null);
  const ids = useRef(changeIds);
  const at = useRef<string | null>(null);

  useEffect(() => {
    ids.current = changeIds;
  }, [changeIds]);

  const goTo = useCallback(
    (clauseId: string) => {
      const element = list.current?.querySelector<HTMLElement>(`[data-clause-id="${CSS.escape(clauseId)}"]`);
      if (!element) return;
      element.scrollIntoView({ block: 'start' });
      element.focus({ preventScroll: true });
      at.current = clauseId;
      setCurrent(clauseId);
    },
    [list],
  );

  const step = useCallback(
    (delta: 1 | -1) => {
      const all = ids.current;
      if (all.length === 0) return;
      const index = at.current === null ? -1 : all.indexOf(at.current);
      const next =
        index === -1 ? (delta === 1 ? 0 : all.length - 1) : (index + delta + all.length) % all.length;
      const id = all[next];
      if (id) goTo(id);
    },
    [goTo],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented || typingIn(event.target))
        return;
      if (event.key !== NEXT_KEY && event.key !== PREVIOUS_KEY) return;
      event.preventDefault();
      step(event.key === NEXT_KEY ? 1 : -1);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [step]);

  return {
    /** 0-based index of the change last jumped to; -1 before the first jump (or once it is filtered out). */
    position: current === null ? -1 : changeIds.indexOf(current),
    next: () => step(1),
    previous: () => step(-1),
    goTo,
  };
}
