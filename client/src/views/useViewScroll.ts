import { useEffect, useLayoutEffect, useRef } from 'react';
import type { TreatyView } from '../router/route.ts';

/**
 * Back in the text, the reader is where they left it; the other views open
 * at the top. `revealing`: something else is about to scroll the text.
 */
export function useViewScroll(view: TreatyView, revealing: boolean): void {
  const textScroll = useRef(0);

  useEffect(() => {
    if (view !== 'text') return;
    const remember = () => {
      textScroll.current = window.scrollY;
    };
    window.addEventListener('scroll', remember, { passive: true });
    return () => window.removeEventListener('scroll', remember);
  }, [view]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only a change of view scrolls; `revealing` is read then.
  useLayoutEffect(() => {
    if (view !== 'text') window.scrollTo(0, 0);
    else if (!revealing) window.scrollTo(0, textScroll.current);
  }, [view]);
}
