import { useSyncExternalStore } from 'react';
import { delegationColor } from '@pactum/shared';

/** Who is typing. Temporary: stored per browser until real accounts exist. */
export interface Identity {
  name: string;
  delegation: string;
}

export interface Participant extends Identity {
  color: string;
}

const STORAGE_KEY = 'pactum.identity';
export const MAX_NAME_LENGTH = 40;

function load(): Identity | null {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { name, delegation } = parsed as Record<string, unknown>;
    if (typeof name !== 'string' || typeof delegation !== 'string' || !name || !delegation) return null;
    return { name, delegation };
  } catch {
    return null;
  }
}

let current = load();
const listeners = new Set<() => void>();

export function saveIdentity(identity: Identity): void {
  current = {
    name: identity.name.trim().slice(0, MAX_NAME_LENGTH),
    delegation: identity.delegation.trim().slice(0, MAX_NAME_LENGTH),
  };
  localStorage.setItem(STORAGE_KEY, JSON.stringify(current));
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useIdentity(): Identity | null {
  return useSyncExternalStore(subscribe, () => current);
}

export function asParticipant(identity: Identity): Participant {
  return { ...identity, color: delegationColor(identity.delegation) };
}
