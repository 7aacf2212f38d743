import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConnectionState, SessionState } from '../collab/CollabSession.ts';
import { onAnnouncement, resetAnnouncements, SETTLE_MS } from '../lib/announce.ts';
import { announceConnection } from './SessionAnnouncements.tsx';

function fakeSession() {
  let state: SessionState = {
    connection: 'connecting',
    closed: null,
    loaded: false,
    saved: true,
    unsaved: 0,
    localCopy: 'none',
  };
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(connection: ConnectionState) {
      state = { ...state, connection };
      for (const listener of listeners) listener();
      vi.advanceTimersByTime(SETTLE_MS);
    },
  };
}

describe('announceConnection', () => {
  let said: string[];
  let stop: () => void;
  beforeEach(() => {
    vi.useFakeTimers();
    resetAnnouncements();
    said = [];
    stop = onAnnouncement((message) => said.push(message));
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('says nothing while a treaty first connects, then a loss once through every retry, then the return', () => {
    const session = fakeSession();
    const unsubscribe = announceConnection(session);
    session.set('connected');
    expect(said).toEqual([]);
    session.set('disconnected');
    for (let retry = 0; retry < 5; retry++) {
      session.set('connecting');
      session.set('disconnected');
    }
    expect(said).toEqual(['Connection lost. Your changes are kept and sent when it returns.']);
    session.set('connected');
    expect(said.at(-1)).toBe('Connection restored.');
    expect(said).toHaveLength(2);
    unsubscribe();
  });
});
