import { useEffect, useRef } from 'react';

/** Calls `refresh` every `ms` while the page is visible: others join and leave without telling this page. */
export function usePolling(refresh: () => void, ms: number): void {
  const latest = useRef(refresh);
  useEffect(() => {
    latest.current = refresh;
  }, [refresh]);
  useEffect(() => {
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') latest.current();
    }, ms);
    return () => window.clearInterval(timer);
  }, [ms]);
}
