import type { MeJSON } from '@pactum/shared';
import { createContext, useContext } from 'react';

/** Who the signed-in person is in the open treaty (from `GET /api/treaties/:id/me`). */
export const MeContext = createContext<MeJSON | null>(null);

/** The caller's membership; only valid inside the editor page, which provides it. */
export function useMe(): MeJSON {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe() outside of a MeContext provider');
  return me;
}
