import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollabSession } from '../collab/CollabSession.ts';
import { showSaveStatus } from './showSaveStatus.ts';

/**
 * "Saving…" / "Saved", written straight into its element instead of through
 * React: every React commit while the editor has focus walks the whole
 * editable text to save the selection (React DOM's getSelectionInformation),
 * milliseconds on a long treaty. Written anew when the interface language changes.
 */
export function SaveStatus({ session }: { session: CollabSession }) {
  const { t, i18n } = useTranslation('a11y');
  const language = i18n.language;
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    // The language is read by showSaveStatus itself: named here, it subscribes again on a switch.
    void language;
    return showSaveStatus(session, (text, tone) => {
      const element = ref.current;
      if (!element) return;
      element.textContent = text;
      element.className = `save-status save-${tone}`;
    });
  }, [session, language]);
  return (
    <>
      {/* Named for screen readers; not a live region: it changes with every keystroke. */}
      <span className="visually-hidden">{t('names.saveStatus')} </span>
      <span ref={ref} data-testid="save-status" />
    </>
  );
}
