import { useEffect, useRef } from 'react';
import { onAnnouncement } from '../lib/announce.ts';

/** How long a message stays in the region (then it is cleared, so the same words can be said again later). */
const CLEAR_AFTER_MS = 7_000;

/**
 * The app's one polite live region, mounted once. The text is written
 * straight into the element: screen readers read what is inserted into an
 * element that was already there when the page loaded.
 */
export function LiveAnnouncer() {
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let clear: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = onAnnouncement((message) => {
      const element = region.current;
      if (!element) return;
      clearTimeout(clear);
      element.textContent = message;
      clear = setTimeout(() => {
        element.textContent = '';
      }, CLEAR_AFTER_MS);
    });
    return () => {
      clearTimeout(clear);
      unsubscribe();
    };
  }, []);
  return (
    <div
      ref={region}
      className="visually-hidden"
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-testid="live-announcer"
    />
  );
}
