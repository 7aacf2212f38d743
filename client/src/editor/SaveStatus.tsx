import { useLayoutEffect, useRef } from 'react';
import type { CollabSession, SessionState } from '../collab/CollabSession.ts';

function describe({ saved, connection }: SessionState): [text: string, tone: string] {
  if (saved) return ['Saved', 'saved'];
  if (connection === 'connected') return ['Saving…', 'saving'];
  return ['Unsaved changes — will be sent on reconnect', 'unsaved'];
}

/**
 * "Saving…" / "Saved", written straight into its element instead of through
 * React: it flips with every keystroke, and every React commit while the
 * editor has focus walks the whole editable text to save the selection
 * (React DOM's getSelectionInformation), milliseconds on a long treaty.
 */
export function SaveStatus({ session }: { session: CollabSession }) {
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const show = () => {
      const element = ref.current;
      if (!element) return;
      const [text, tone] = describe(session.getState());
      if (element.textContent === text) return;
      element.textContent = text;
      element.className = `save-status save-${tone}`;
    };
    show();
    return session.subscribe(show);
  }, [session]);
  return <span ref={ref} data-testid="save-status" aria-live="polite" />;
}
