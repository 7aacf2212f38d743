import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { caretAwareness } from './caretAwareness.ts';

describe('caretAwareness', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function pair() {
    const ours = new Awareness(new Y.Doc());
    const theirs = new Awareness(new Y.Doc());
    const receive = () =>
      applyAwarenessUpdate(ours, encodeAwarenessUpdate(theirs, [theirs.clientID]), 'server');
    return { ours, theirs, receive };
  }

  it('passes on what others did, at most once per 100 ms', () => {
    const { ours, theirs, receive } = pair();
    const changed = vi.fn();
    caretAwareness(ours).on('change', changed);
    for (let i = 0; i < 5; i++) {
      theirs.setLocalStateField('cursor', { at: i });
      receive();
    }
    expect(changed).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(changed).toHaveBeenCalledTimes(1);
    theirs.setLocalStateField('cursor', { at: 9 });
    receive();
    vi.advanceTimersByTime(100);
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it('stays quiet when only our own caret moved, and writes our state through', () => {
    const { ours } = pair();
    const changed = vi.fn();
    const wrapped = caretAwareness(ours);
    wrapped.on('change', changed);
    wrapped.setLocalStateField('cursor', { anchor: 1, head: 1 });
    vi.advanceTimersByTime(500);
    expect(changed).not.toHaveBeenCalled();
    expect(ours.getLocalState()).toEqual({ cursor: { anchor: 1, head: 1 } });
    expect(wrapped.getStates()).toBe(ours.getStates());
  });

  it('stops listening when its last listener leaves', () => {
    const { ours, theirs, receive } = pair();
    const changed = vi.fn();
    const wrapped = caretAwareness(ours);
    wrapped.on('change', changed);
    theirs.setLocalStateField('cursor', { at: 1 });
    receive();
    wrapped.off('change', changed);
    vi.advanceTimersByTime(100);
    expect(changed).not.toHaveBeenCalled();
  });
});
