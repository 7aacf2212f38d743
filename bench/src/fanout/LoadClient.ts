import { encodeBarrier, MessageType, readDurable } from '@pactum/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

export interface LoadClientOptions {
  url: string;
  headers: Record<string, string>;
  /** Follow each edit with a Barrier, as our browser client does; the reference server ignores them. */
  barriers: boolean;
  /** Called after a remote update (or the initial state) has been applied to this client's doc. */
  onApplied: (client: LoadClient) => void;
  onDurable?: (client: LoadClient, seq: number) => void;
  /** Apply nothing: only keep, per Yjs client, the clock that the updates received reach. */
  light?: boolean;
}

/**
 * A minimal y-websocket client: one socket, one Y.Doc, the sync protocol and
 * nothing else (no awareness, no reconnects), so that 200 of them fit in one
 * load-generator process. Compression is off, as both servers run without it.
 */
export class LoadClient {
  readonly doc = new Y.Doc();
  readonly socket: WebSocket;
  /** A light client's clocks, from the updates it received (a full client's are in its doc). */
  readonly #clocks = new Map<number, number>();
  #barrierSeq = 0;
  #onStep2: Array<() => void> = [];
  #pending: Uint8Array[] = [];
  readonly opened: Promise<void>;

  constructor(
    readonly index: number,
    private readonly options: LoadClientOptions,
    seed?: Uint8Array,
  ) {
    if (seed) Y.applyUpdate(this.doc, seed, 'seed');
    this.socket = new WebSocket(options.url, { headers: options.headers, perMessageDeflate: false });
    this.opened = new Promise((resolve, reject) => {
      this.socket.once('open', () => resolve());
      this.socket.once('error', reject);
    });
    this.socket.on('message', (data: Buffer) => this.#receive(data));
    this.socket.on('open', () => this.#sendSyncStep1());
  }

  /**
   * Makes this client a typist: its local edits are sent. Only typists listen
   * to their doc's updates, as a listener makes Yjs encode every transaction.
   */
  startTyping(): void {
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== this) this.#sendUpdate(update);
    });
  }

  /** How far this client has received the edits of Yjs client `clientId`. */
  clockOf(clientId: number): number {
    return this.options.light ? (this.#clocks.get(clientId) ?? 0) : Y.getState(this.doc.store, clientId);
  }

  /** Resolves at the next sync step 2 from the server: everything sent before was processed. */
  roundTrip(): Promise<void> {
    const answered = new Promise<void>((resolve) => this.#onStep2.push(resolve));
    this.#sendSyncStep1();
    return answered;
  }

  /** Inserts `text` at the end of `target` as one local transaction; returns the new clock of this client. */
  type(target: Y.XmlText, text: string): number {
    target.insert(target.length, text);
    return Y.getState(this.doc.store, this.doc.clientID);
  }

  close(): void {
    this.socket.terminate();
    this.doc.destroy();
  }

  #sendSyncStep1(): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.Sync);
    syncProtocol.writeSyncStep1(encoder, this.doc);
    this.socket.send(encoding.toUint8Array(encoder));
  }

  #sendUpdate(update: Uint8Array): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.Sync);
    syncProtocol.writeUpdate(encoder, update);
    this.socket.send(encoding.toUint8Array(encoder));
    if (this.options.barriers) this.socket.send(encodeBarrier(++this.#barrierSeq));
  }

  /**
   * Applies what arrived in one read from the socket as one transaction, as
   * ws emits all the frames of a read before any microtask runs: a client
   * that falls behind catches up cheaply instead of paying for a transaction
   * per frame, for either server.
   */
  #applyPending(): void {
    if (this.#pending.length === 0) return;
    const updates = this.#pending;
    this.#pending = [];
    if (this.options.light) {
      for (const update of updates) {
        for (const [clientId, clock] of Y.parseUpdateMeta(update).to) {
          if (clock > (this.#clocks.get(clientId) ?? 0)) this.#clocks.set(clientId, clock);
        }
      }
      this.options.onApplied(this);
      return;
    }
    this.doc.transact(() => {
      for (const update of updates) Y.applyUpdate(this.doc, update, this);
    }, this);
    this.options.onApplied(this);
  }

  #receive(data: Buffer): void {
    const decoder = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    const type = decoding.readVarUint(decoder);
    if (type === MessageType.Sync) {
      const syncType = decoding.readVarUint(decoder);
      if (syncType === syncProtocol.messageYjsSyncStep1) {
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, MessageType.Sync);
        syncProtocol.writeSyncStep2(encoder, this.doc, decoding.readVarUint8Array(decoder));
        this.socket.send(encoding.toUint8Array(encoder));
        return;
      }
      this.#pending.push(decoding.readVarUint8Array(decoder));
      if (syncType === syncProtocol.messageYjsSyncStep2) {
        this.#applyPending();
        for (const resolve of this.#onStep2.splice(0)) resolve();
      } else if (this.#pending.length === 1) queueMicrotask(() => this.#applyPending());
    } else if (type === MessageType.Durable) {
      this.options.onDurable?.(this, readDurable(decoder));
    }
  }
}
