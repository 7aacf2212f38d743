import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionState } from '../collab/CollabSession.ts';
import { SETTLE_MS, showSaveStatus } from './showSaveStatus.ts';

function fakeSession() {
  let state: SessionState = {
    connection: 'connected',
    closed: null,
    loaded: true,
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
    set(patch: Partial<SessionState>) {
      state = { ...state, ...patch };
      for (const listener of listeners) listener();
    },
  };
}

describe('the save status', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('says "Saving…" at once and "Saved" only after a quiet moment, once per burst of typing', () => {
    const session = fakeSession();
    const written: string[] = [];
    showSaveStatus(session, (text) => written.push(text));
    expect(written).toEqual(['Saved']);

    // Ten keystrokes, each stored 5 ms after it was typed, 60 ms apart.
    for (let key = 0; key < 10; key++) {
      session.set({ saved: false });
      vi.advanceTimersByTime(5);
      session.set({ saved: true });
      vi.advanceTimersByTime(55);
    }
    expect(written).toEqual(['Saved', 'Saving…']);
    vi.advanceTimersByTime(SETTLE_MS);
    expect(written).toEqual(['Saved', 'Saving…', 'Saved']);
  });

  it('never says "Saved" while something is unsaved, and shows going offline at once', () => {
    const session = fakeSession();
    const written: string[] = [];
    const stop = showSaveStatus(session, (text) => written.push(text));
    session.set({ saved: false });
    session.set({ saved: true });
    session.set({ saved: false, connection: 'disconnected' });
    vi.advanceTimersByTime(10 * SETTLE_MS);
    expect(written).toEqual(['Saved', 'Saving…', 'Unsaved changes — will be sent on reconnect']);

    stop();
    session.set({ saved: true, connection: 'connected' });
    vi.advanceTimersByTime(10 * SETTLE_MS);
    expect(written).toHaveLength(3);
  });

  it('counts the changes kept on this device while offline, and says "Saved" only once the server confirms', () => {
    const session = fakeSession();
    session.set({ localCopy: 'kept' });
    const written: string[] = [];
    showSaveStatus(session, (text) => written.push(text));
    session.set({ connection: 'disconnected' });
    session.set({ saved: false, unsaved: 1 });
    session.set({ saved: false, unsaved: 2 });
    session.set({ saved: false, unsaved: 2 });
    session.set({ connection: 'connected' });
    vi.advanceTimersByTime(10 * SETTLE_MS);
    session.set({ saved: true, unsaved: 0 });
    expect(written).toEqual([
      'Saved',
      '1 change kept on this device — not yet saved',
      '2 changes kept on this device — not yet saved',
      'Saving…',
    ]);
    vi.advanceTimersByTime(SETTLE_MS);
    expect(written.at(-1)).toBe('Saved');
  });

  it('does not claim a copy on the device when the browser could not keep one', () => {
    const session = fakeSession();
    const written: string[] = [];
    showSaveStatus(session, (text) => written.push(text));
    session.set({ localCopy: 'lost', connection: 'disconnected', saved: false, unsaved: 3 });
    expect(written).toEqual(['Saved', 'Unsaved changes — will be sent on reconnect']);
  });
});
