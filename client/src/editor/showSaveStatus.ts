import type { SessionState } from '../collab/CollabSession.ts';
import { i18next } from '../i18n/i18n.ts';

/** How long everything must have stayed saved before "Saving…" turns back into "Saved". */
export const SETTLE_MS = 400;

export type SaveTone = 'saved' | 'saving' | 'unsaved';

function describe({ saved, unsaved, connection, localCopy }: SessionState): [text: string, tone: SaveTone] {
  const t = i18next.t;
  if (saved) return [t('editor:saveStatus.saved'), 'saved'];
  if (connection === 'connected') return [t('editor:saveStatus.saving'), 'saving'];
  if (localCopy === 'kept') return [t('editor:saveStatus.kept', { count: unsaved }), 'unsaved'];
  return [t('editor:saveStatus.unsent'), 'unsaved'];
}

interface SessionStore {
  getState(): SessionState;
  subscribe(listener: () => void): () => void;
}

/**
 * Keeps `write` told what the save status says. "Saving…" and "Unsaved
 * changes" show at once; "Saved" only once everything stayed saved for
 * {@link SETTLE_MS}: every keystroke is stored within milliseconds, and
 * flipping the text twice per keystroke cost more main-thread time than the
 * keystroke itself (keystroke benchmark). It never says "Saved" while
 * anything is unsaved. Offline, with the treaty kept on the device, it counts
 * the changes kept there. Returns the unsubscribe function.
 */
export function showSaveStatus(
  session: SessionStore,
  write: (text: string, tone: SaveTone) => void,
): () => void {
  let shown: SaveTone | null = null;
  let shownText = '';
  let settle: ReturnType<typeof setTimeout> | undefined;
  const show = (text: string, tone: SaveTone) => {
    if (tone === shown && text === shownText) return;
    shown = tone;
    shownText = text;
    write(text, tone);
  };
  const update = () => {
    clearTimeout(settle);
    settle = undefined;
    const [text, tone] = describe(session.getState());
    if (tone === 'saved' && shown !== null && shown !== 'saved') {
      settle = setTimeout(() => show(text, tone), SETTLE_MS);
    } else {
      show(text, tone);
    }
  };
  update();
  const unsubscribe = session.subscribe(update);
  return () => {
    unsubscribe();
    clearTimeout(settle);
  };
}
