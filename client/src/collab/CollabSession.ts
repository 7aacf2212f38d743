import { COLLAB_PATH, DurabilityTracker, encodeBarrier, MessageType, readDurable } from '@pactum/shared';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { TreatyTagsStore } from '../tags/TreatyTagsStore.ts';
import { batchIncomingUpdates } from './batchIncomingUpdates.ts';
import { filterRemoteAwareness } from './filterRemoteAwareness.ts';

export type ConnectionState = 'connecting' | 'connected' | 'disconnected';

export interface SessionState {
  connection: ConnectionState;
  /** Set once the server has refused the treaty for good (a 44xx close code). */
  closed: { code: number; reason: string } | null;
  /** The document has been received from the server at least once. */
  loaded: boolean;
  saved: boolean;
}

function collabUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}${COLLAB_PATH}`;
}

/**
 * One open treaty: its Y.Doc, its tags, the WebSocket provider and what the
 * UI shows about them, as a store for `useSyncExternalStore`. Created in an effect and
 * destroyed in its cleanup.
 */
export class CollabSession {
  readonly doc = new Y.Doc();
  readonly tags = new TreatyTagsStore(this.doc);
  readonly provider: WebsocketProvider;
  readonly #tracker = new DurabilityTracker(this.doc);
  readonly #applyQueued: () => void;
  #barrierQueued = false;
  #state: SessionState = { connection: 'connecting', closed: null, loaded: false, saved: true };
  readonly #listeners = new Set<() => void>();

  constructor(readonly treatyId: string) {
    this.provider = new WebsocketProvider(collabUrl(), treatyId, this.doc, { disableBc: true });
    this.provider.messageHandlers[MessageType.Durable] = (_encoder, decoder) => {
      this.#tracker.confirmThrough(readDurable(decoder));
    };
    this.#applyQueued = batchIncomingUpdates(this.provider);
    filterRemoteAwareness(this.provider);
    // y-websocket sends every awareness change it sees, others' too: each caret move of twenty
    // people would go back to the server from every browser. Only our own changes are sent.
    this.provider.awareness.off('update', this.provider._awarenessUpdateHandler);
    this.provider.awareness.on('update', this.#sendOwnAwareness);
    // Registered after the provider's own update listener, so a barrier always follows the update it covers.
    this.doc.on('update', this.#onUpdate);
    this.provider.on('status', ({ status }) => {
      // Retries after a drop stay "Offline" until one succeeds, instead of flickering every backoff.
      if (status === 'connecting' && this.#state.connection === 'disconnected') return;
      this.#set({ connection: status });
    });
    this.provider.on('sync', (synced) => {
      if (!synced) return;
      if (!this.#state.loaded) this.#set({ loaded: true });
      // Edits made offline went out in the handshake just before this.
      this.#queueBarrier();
    });
    this.provider.on('closed', ({ code, reason }) => this.#set({ closed: { code, reason } }));
    this.#tracker.onChange(() => this.#set({ saved: this.#tracker.saved }));
  }

  get awareness() {
    return this.provider.awareness;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getState = (): SessionState => this.#state;

  destroy(): void {
    this.provider.awareness.off('update', this.#sendOwnAwareness);
    this.doc.off('update', this.#onUpdate);
    this.#applyQueued();
    this.#tracker.destroy();
    this.tags.destroy();
    this.provider.destroy();
    this.doc.destroy();
    this.#listeners.clear();
  }

  #sendOwnAwareness = (
    changes: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    if (origin !== this.provider) this.provider._awarenessUpdateHandler(changes, origin);
  };

  #onUpdate = (_update: Uint8Array, origin: unknown): void => {
    if (origin !== this.provider) this.#queueBarrier();
  };

  /** One barrier per burst of edits: sent after the current task's updates have gone out. */
  #queueBarrier(): void {
    if (this.#barrierQueued || this.#tracker.saved) return;
    this.#barrierQueued = true;
    queueMicrotask(() => {
      this.#barrierQueued = false;
      const ws = this.provider.ws;
      if (this.provider.synced && ws?.readyState === WebSocket.OPEN)
        ws.send(encodeBarrier(this.#tracker.changeSeq));
    });
  }

  #set(patch: Partial<SessionState>): void {
    this.#state = { ...this.#state, ...patch };
    for (const listener of this.#listeners) listener();
  }
}
