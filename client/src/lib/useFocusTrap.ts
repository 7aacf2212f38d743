import { type RefObject, useEffect, useRef } from 'react';

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'summary',
  '[contenteditable="true"]',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/** The controls inside `container` that Tab reaches, in order. */
export function tabbables(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) =>
      !element.closest('fieldset:disabled, [inert], [hidden]') && element.getClientRects().length > 0,
  );
}

export interface FocusTrapOptions {
  /** Whether the trap holds (default true): it starts when this turns true and ends when it turns false or unmounts. */
  active?: boolean;
  /** Escape inside; it is handled by the innermost trap only. */
  onEscape?: () => void;
  /** Moves focus to the first control inside when the trap starts, unless focus is inside already (default true). */
  focusFirst?: boolean;
  /** When the control that opened it is gone on close (re-drawn, removed): where focus goes instead. */
  onOpenerGone?: () => void;
}

/**
 * Keeps Tab and Shift+Tab inside `container` while active (they wrap at the
 * ends), closes on Escape, and on close gives focus back to whatever had it
 * when the trap started (the control that opened it), unless the person has
 * put focus somewhere else meanwhile. A click outside is not prevented: only
 * the keyboard is held, and Escape always lets go (WCAG 2.1.2).
 */
export function useFocusTrap(container: RefObject<HTMLElement | null>, options: FocusTrapOptions = {}): void {
  const { active = true, focusFirst = true } = options;
  // Read during render, before this render's DOM changes can move focus (children may focus themselves).
  const opener = useRef<Element | null>(null);
  if (!active) opener.current = null;
  else if (opener.current === null) opener.current = document.activeElement;
  const latest = useRef(options);
  latest.current = options;

  useEffect(() => {
    const element = container.current;
    if (!active || !element) return;
    const openedBy = opener.current;
    if (focusFirst && !element.contains(document.activeElement)) {
      (tabbables(element)[0] ?? element).focus({ preventScroll: false });
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if (event.key === 'Escape' && latest.current.onEscape) {
        event.preventDefault();
        latest.current.onEscape();
        return;
      }
      if (event.key !== 'Tab') return;
      const inside = tabbables(element);
      const first = inside[0];
      const last = inside[inside.length - 1];
      if (!first || !last) {
        event.preventDefault();
        return;
      }
      const at = document.activeElement;
      // Focus may sit on something Tab does not stop at (the panel's heading): compare places in the page.
      const follows = (a: Node, b: Node) =>
        (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      const outside = !at || !element.contains(at);
      if (event.shiftKey && (outside || !inside.some((el) => el !== at && follows(el, at)))) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (outside || !inside.some((el) => el !== at && follows(at, el)))) {
        event.preventDefault();
        first.focus();
      }
    };
    element.addEventListener('keydown', onKeyDown);
    return () => {
      element.removeEventListener('keydown', onKeyDown);
      const now = document.activeElement;
      // Only when focus would be lost: inside what closes, or nowhere. Someone who clicked elsewhere keeps it.
      if (now !== null && now !== document.body && !element.contains(now)) return;
      if (openedBy instanceof HTMLElement && openedBy.isConnected && openedBy !== document.body) {
        openedBy.focus({ preventScroll: true });
        if (document.activeElement === openedBy) return;
      }
      latest.current.onOpenerGone?.();
    };
  }, [active, container, focusFirst]);
}
