import { type FocusEvent, type KeyboardEvent, useRef } from 'react';

/**
 * Arrow keys for a row of tabs with a roving tabindex: ArrowLeft/ArrowRight
 * move focus to the previous/next tab (wrapping), Home/End to the first/last.
 * Only focus moves (manual activation): Enter or Space opens the focused one.
 * When focus leaves the row, the selected item is the one Tab comes back to.
 * Returns the keydown and blur handlers for the row and a ref setter per item.
 */
export function useRovingFocus<K extends string>(keys: readonly K[], selected: K) {
  const items = useRef(new Map<K, HTMLElement>());
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const current = keys.findIndex((key) => items.current.get(key) === document.activeElement);
    if (current < 0) return;
    const last = keys.length - 1;
    const target: Partial<Record<string, number>> = {
      ArrowLeft: current === 0 ? last : current - 1,
      ArrowRight: current === last ? 0 : current + 1,
      Home: 0,
      End: last,
    };
    const index = target[event.key];
    if (index === undefined) return;
    event.preventDefault();
    const key = keys[index];
    const element = key === undefined ? undefined : items.current.get(key);
    if (!element) return;
    for (const item of items.current.values()) item.tabIndex = -1;
    element.tabIndex = 0;
    element.focus();
  };
  const onBlur = (event: FocusEvent<HTMLElement>) => {
    if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
    for (const [key, item] of items.current) item.tabIndex = key === selected ? 0 : -1;
  };
  const itemRef = (key: K) => (element: HTMLElement | null) => {
    if (element) items.current.set(key, element);
    else items.current.delete(key);
  };
  return { onKeyDown, onBlur, itemRef };
}
