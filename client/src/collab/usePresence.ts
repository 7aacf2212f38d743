import { delegationColor } from '@pactum/shared';
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { Participant } from './participant.ts';

export interface PresentUser extends Participant {
  clientId: number;
  isSelf: boolean;
}

function readUser(clientId: number, state: Record<string, unknown>, selfId: number): PresentUser | null {
  const user = state.user as Record<string, unknown> | undefined;
  if (typeof user?.name !== 'string' || typeof user.delegation !== 'string') return null;
  const { name, delegation } = user;
  return { clientId, name, delegation, color: delegationColor(delegation), isSelf: clientId === selfId };
}

/** Everyone in the treaty with a known identity, you last; stable until someone joins, leaves or renames. */
export function usePresence(awareness: Awareness): PresentUser[] {
  const cache = useRef<{ key: string; users: PresentUser[] }>({ key: '', users: [] });

  const subscribe = useCallback(
    (onChange: () => void) => {
      awareness.on('change', onChange);
      return () => awareness.off('change', onChange);
    },
    [awareness],
  );

  const getSnapshot = useCallback(() => {
    const users: PresentUser[] = [];
    for (const [clientId, state] of awareness.getStates()) {
      const user = readUser(clientId, state, awareness.clientID);
      if (user) users.push(user);
    }
    users.sort((a, b) => Number(a.isSelf) - Number(b.isSelf) || a.name.localeCompare(b.name));
    // Cursor moves change awareness too; only a different list of people may re-render.
    const key = JSON.stringify(users);
    if (key !== cache.current.key) cache.current = { key, users };
    return cache.current.users;
  }, [awareness]);

  return useSyncExternalStore(subscribe, getSnapshot);
}
