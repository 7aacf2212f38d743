import {
  CloseCode,
  COLLAB_PATH,
  DurabilityTracker,
  encodeBarrier,
  MessageType,
  readDurable,
  TREATY_FRAGMENT,
} from '@pactum/shared';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { readMe } from '../access/accessApi.ts';
import { ApiRequestError } from '../api/treatyApi.ts';
import { TreatyTagsStore } from '../tags/TreatyTagsStore.ts';
import { batchIncomingUpdates } from './batchIncomingUpdates.ts';
import { filterRemoteAwareness } from './filterRemoteAwareness.ts';
import { forgetLocalCopies } from './forgetLocalCopies.ts';
import { LocalCopy } from './LocalCopy.ts';
import { localCopyName } from './localCopyName.ts';
import { sendDeletionsInParts } from './sendDeletionsInParts.ts';

export type ConnectionState = 'connecting' | 'connected' | 'disconnected';

/**
 * The treaty kept on this device: `none` (not a member, or not asked),
 * `opening`, `kept`, or `lost` (the browser could not keep it: edits live in
 * this page only).
 */
export type LocalCopyState = 'none' | 'opening' | 'kept' | 'lost';

export interface CollabOptions {
  /** The treaty's document epoch (GET /me): the server refuses a page that loaded another one. */
  epoch?: string;
  /** Keep the treaty on this device as this member's copy (members only, while they are members). */
  memberId?: string | null;
}

export interface SessionState {
  connection: ConnectionState;
  /** Set once the server has refused the treaty for good (a 44xx close code). */
  closed: { code: number; reason: string } | null;
  /** The document has been received, from the server or from this device's copy. */
  loaded: boolean;
  saved: boolean;
  /** Local changes (also from before a reload) the server has not confirmed. */
  unsaved: number;
  localCopy: LocalCopyState;
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
  readonly #localCopy: LocalCopy | null;
  #barrierQueued = false;
  #destroyed = false;
  #state: SessionState;
  readonly #listeners = new Set<() => void>();

  constructor(
    readonly treatyId: string,
    { epoch, memberId }: CollabOptions = {},
  ) {
    this.provider = new WebsocketProvider(collabUrl(), treatyId, this.doc, {
      disableBc: true,
      params: epoch ? { epoch } : {},
      // With a copy on the device the handshake waits for it: the server then sends only what it lacks.
      connect: false,
    });
    this.provider.messageHandlers[MessageType.Durable] = (_encoder, decoder) => {
      this.#tracker.confirmThrough(readDurable(decoder));
    };
    sendDeletionsInParts(this.provider);
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
    // y-websocket never reports a socket that closed before it opened: the page would say "Connecting…" for good.
    this.provider.on('connection-close', () => {
      if (this.#state.connection === 'connecting') this.#set({ connection: 'disconnected' });
    });
    this.provider.on('sync', (synced) => {
      if (!synced) return;
      if (!this.#state.loaded) this.#set({ loaded: true });
      // Edits made offline went out in the handshake just before this.
      this.#queueBarrier();
      this.#localCopy?.compact();
    });
    this.provider.on('closed', ({ code, reason }) => {
      this.#set({ closed: { code, reason } });
      if (code === CloseCode.Forbidden) this.#forgetLocalCopiesUnlessMember();
    });
    this.#tracker.onChange(() => {
      this.#set({ saved: this.#tracker.saved, unsaved: this.#tracker.unsaved });
      this.#localCopy?.recordUnsaved(this.#tracker.unsaved);
    });

    this.#localCopy =
      epoch && memberId
        ? new LocalCopy(localCopyName({ treatyId, epoch, memberId }), this.doc, () =>
            this.#set({ localCopy: 'lost' }),
          )
        : null;
    this.#state = {
      connection: 'connecting',
      closed: null,
      loaded: false,
      saved: true,
      unsaved: 0,
      localCopy: this.#localCopy ? 'opening' : 'none',
    };
    if (this.#localCopy) this.#openLocalCopy(this.#localCopy);
    else this.provider.connect();
  }

  async #openLocalCopy(copy: LocalCopy): Promise<void> {
    const carried = await copy.open();
    if (this.#destroyed) return;
    if (carried !== null) {
      // A copy holds a treaty only once the server has sent one: an empty copy must not open an empty editor.
      const holdsTreaty = this.doc.getXmlFragment(TREATY_FRAGMENT).length > 0;
      this.#set({ localCopy: 'kept', loaded: this.#state.loaded || holdsTreaty });
      this.#tracker.carry(carried);
    }
    this.provider.connect();
  }

  /**
   * 4403 also refuses a foreign origin or a misbehaving page: the copies go
   * only once /me confirms the membership is over (403, or 401 when it was
   * the session's last one), never on a network error.
   */
  async #forgetLocalCopiesUnlessMember(): Promise<void> {
    try {
      await readMe(this.treatyId);
      return;
    } catch (error) {
      if (!(error instanceof ApiRequestError) || (error.status !== 403 && error.status !== 401)) return;
    }
    this.#set({ localCopy: 'none' });
    try {
      await this.#localCopy?.close();
      await forgetLocalCopies(this.treatyId);
    } catch (error) {
      console.warn('Could not delete the copy kept on this device:', error);
    }
  }

  get awareness() {
    return this.provider.awareness;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getState = (): SessionState => this.#state;

  /**
   * Resolves once the server has confirmed every local edit, or after
   * `timeoutMs`: a REST call about the text (a confirmation of concordance)
   * must not overtake the edits it was made on, which travel on the WebSocket.
   */
  whenSaved(timeoutMs = 5_000): Promise<void> {
    if (this.#state.saved) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        unsubscribe();
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      const unsubscribe = this.subscribe(() => {
        if (this.#state.saved) done();
      });
    });
  }

  destroy(): void {
    this.#destroyed = true;
    this.#localCopy?.close();
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
