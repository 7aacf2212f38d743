import { useLayoutEffect, useRef } from 'react';
import type { CollabSession } from '../collab/CollabSession.ts';
import { showSaveStatus } from './showSaveStatus.ts';

/**
 * "Saving…" / "Saved", written straight into its element instead of through
 * React: every React commit while the editor has focus walks the whole
 * editable text to save the selection (React DOM's getSelectionInformation),
 * milliseconds on a long treaty.
 */
export function SaveStatus({ session }: { session: CollabSession }) {
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(
    () =>
      showSaveStatus(session, (text, tone) => {
        const element = ref.current;
        if (!element) return;
        element.textContent = text;
        element.className = `save-status save-${tone}`;
      }),
    [session],
  );
  return <span ref={ref} data-testid="save-status" />;
}
