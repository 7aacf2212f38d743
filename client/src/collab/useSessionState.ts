import { useSyncExternalStore } from 'react';
import type { CollabSession, SessionState } from './CollabSession.ts';

/** One field of the session state; the component re-renders only when that field changes. */
export function useSessionState<K extends keyof SessionState>(
  session: CollabSession,
  key: K,
): SessionState[K] {
  return useSyncExternalStore(session.subscribe, () => session.getState()[key]);
}
