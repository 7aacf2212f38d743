import { cursorResolvesIn, parseRemoteAwareness, type RemoteAwarenessState } from '@pactum/shared';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { caretLanguage } from './caretLanguage.ts';

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
 * message. It sees only states that fit the schema, with a cursor only where
 * it resolves inside `fragment`: the plugin decodes every cursor it is shown
 * in every remote change, and one it cannot decode throws (issue 11). With
 * `withLanguage` (two languages side by side: one alone holds every caret
 * shown), each user carries the language of the text their caret is in
 * (caretLanguage.ts).
 */
export function caretAwareness(awareness: Awareness, fragment: Y.XmlFragment, withLanguage = false) {
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

  // Awareness replaces a state object whenever it changes, so a state is parsed once.
  const parsed = new WeakMap<object, RemoteAwarenessState | null>();
  const remoteState = (state: Record<string, unknown>) => {
    let remote = parsed.get(state);
    if (remote === undefined) {
      remote = parseRemoteAwareness(state);
      parsed.set(state, remote);
    }
    return remote;
  };
  const shownStates = () => {
    const shown = new Map<number, Record<string, unknown>>();
    for (const [clientId, state] of awareness.getStates()) {
      if (clientId === awareness.clientID) {
        shown.set(clientId, state);
        continue;
      }
      const remote = remoteState(state);
      if (!remote) continue;
      const cursor =
        remote.cursor && cursorResolvesIn(remote.cursor, awareness.doc, fragment) ? remote.cursor : null;
      const lang = withLanguage ? caretLanguage(cursor, awareness.doc, fragment) : null;
      shown.set(clientId, { user: lang ? { ...remote.user, lang } : remote.user, cursor });
    }
    return shown;
  };

  return {
    get clientID() {
      return awareness.clientID;
    },
    get states() {
      return shownStates();
    },
    getStates: shownStates,
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
