import type { Awareness } from 'y-protocols/awareness';

/** Remote carets are redrawn at most this often. */
const REDRAW_MS = 100;

type AwarenessEvent = 'change' | 'update';
type Listener = () => void;
interface AwarenessChanges {
  added: number[];
  updated: number[];
  removed: number[];
}

/**
 * The awareness the remote-caret plugin is given: the session's, except that
 * its events arrive at most every 100 ms and not at all when only this
 * client's own state changed. The plugin answers every event with a
 * transaction that redraws every caret; twenty people moving their carets and
 * our own caret moving with each keystroke would otherwise cost a redraw per
 * message.
 */
export function caretAwareness(awareness: Awareness) {
  const listeners: Record<AwarenessEvent, Set<Listener>> = { change: new Set(), update: new Set() };
  const pending = new Set<AwarenessEvent>();
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const events = [...pending];
    pending.clear();
    for (const event of events) for (const listener of listeners[event]) listener();
  };
  const forward =
    (event: AwarenessEvent) =>
    ({ added, updated, removed }: AwarenessChanges) => {
      const others = [added, updated, removed].some((ids) => ids.some((id) => id !== awareness.clientID));
      if (!others) return;
      pending.add(event);
      if (scheduled) return;
      scheduled = true;
      setTimeout(flush, REDRAW_MS);
    };
  const forwarders: Record<AwarenessEvent, (changes: AwarenessChanges) => void> = {
    change: forward('change'),
    update: forward('update'),
  };

  return {
    get clientID() {
      return awareness.clientID;
    },
    get states() {
      return awareness.states;
    },
    getStates: () => awareness.getStates(),
    getLocalState: () => awareness.getLocalState(),
    setLocalState: (state: Record<string, unknown> | null) => awareness.setLocalState(state),
    setLocalStateField: (field: string, value: unknown) => awareness.setLocalStateField(field, value),
    on(event: AwarenessEvent, listener: Listener) {
      if (listeners[event].size === 0) awareness.on(event, forwarders[event]);
      listeners[event].add(listener);
    },
    off(event: AwarenessEvent, listener: Listener) {
      listeners[event].delete(listener);
      if (listeners[event].size > 0) return;
      awareness.off(event, forwarders[event]);
      pending.delete(event);
    },
  };
}
