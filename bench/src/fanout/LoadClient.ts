import { encodeBarrier, MessageType, readDurable } from '@pactum/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { FrameSocket } from './FrameSocket.ts';
import { raiseClocks, raiseClocksFromSyncFrame } from './updateClocks.ts';

export interface LoadClientOptions {
  url: string;
  headers: Record<string, string>;
  /** Follow each edit with a Barrier, as our browser client does; the reference server ignores them. */
  barriers: boolean;
  /** Called after a remote update (or the initial state) has been applied to this client's doc, or read. */
  onApplied: (client: LoadClient) => void;
  onDurable?: (client: LoadClient, seq: number) => void;
  /**
   * Apply no update: only read, per Yjs client, the clock each frame's update reaches
   * (updateClocks.ts), in place and per frame, read from a FrameSocket. It still answers the
   * sync protocol, and its state vector is the clocks it read, so the server cannot tell it from
   * a full client.
   */
  light?: boolean;
  /** A light client that types: it applies the initial state (a sync step 2), to have text to type in. */
  typist?: boolean;
}

/** Every this many frames a light client checks what it read against Yjs's own parser. */
const CHECK_EVERY = 64;

/**
 * A minimal y-websocket client: one socket, one Y.Doc, the sync protocol and
 * nothing else (no awareness, no reconnects), so that 200 of them fit in one
 * load-generator process. Compression is off, as both servers run without it.
 */
export class LoadClient {
  readonly doc = new Y.Doc();
  readonly #ws: WebSocket | null = null;
  readonly #frames: FrameSocket | null = null;
  /** A light client's clocks, from the updates it received (a full client's are in its doc). */
  readonly #clocks = new Map<number, number>();
  #barrierSeq = 0;
  #onStep2: Array<() => void> = [];
  #pending: Uint8Array[] = [];
  #received = 0;
  readonly opened: Promise<void>;

  constructor(
    readonly index: number,
    private readonly options: LoadClientOptions,
    seed?: Uint8Array,
  ) {
    if (seed) Y.applyUpdate(this.doc, seed, 'seed');
    if (options.light) {
      const socket = new FrameSocket(options.url, options.headers);
      this.#frames = socket;
      socket.onFrame = (bytes, start, end) => this.#receiveLight(bytes, start, end);
      this.opened = new Promise((resolve, reject) => {
        socket.once('open', () => resolve());
        socket.once('error', reject);
      });
      socket.on('open', () => this.#sendSyncStep1());
    } else {
      const socket = new WebSocket(options.url, { headers: options.headers, perMessageDeflate: false });
      this.#ws = socket;
      this.opened = new Promise((resolve, reject) => {
        socket.once('open', () => resolve());
        socket.once('error', reject);
      });
      socket.on('message', (data: Buffer) => this.#receive(data));
      socket.on('open', () => this.#sendSyncStep1());
    }
  }

  /** A full client's socket (a light one reads its own frames). */
  get socket(): WebSocket {
    if (!this.#ws) throw new Error(`client ${this.index} is light: it has no ws socket`);
    return this.#ws;
  }

  #send(bytes: Uint8Array): void {
    if (this.#ws) this.#ws.send(bytes);
    else this.#frames?.send(bytes);
  }

  get light(): boolean {
    return this.options.light === true;
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
    this.#ws?.terminate();
    this.#frames?.terminate();
    this.doc.destroy();
  }

  #sendSyncStep1(): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.Sync);
    if (this.options.light) {
      // What it has read is what it holds: the server sends only what it lacks, as to a full client.
      encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep1);
      const stateVector = encoding.createEncoder();
      encoding.writeVarUint(stateVector, this.#clocks.size);
      for (const [client, clock] of this.#clocks) {
        encoding.writeVarUint(stateVector, client);
        encoding.writeVarUint(stateVector, clock);
      }
      encoding.writeVarUint8Array(encoder, encoding.toUint8Array(stateVector));
    } else syncProtocol.writeSyncStep1(encoder, this.doc);
    this.#send(encoding.toUint8Array(encoder));
  }

  #sendUpdate(update: Uint8Array): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.Sync);
    syncProtocol.writeUpdate(encoder, update);
    this.#send(encoding.toUint8Array(encoder));
    if (this.options.barriers) this.#send(encodeBarrier(++this.#barrierSeq));
  }

  #answerSyncStep1(decoder: decoding.Decoder): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.Sync);
    syncProtocol.writeSyncStep2(encoder, this.doc, decoding.readVarUint8Array(decoder));
    this.#send(encoding.toUint8Array(encoder));
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
        this.#answerSyncStep1(decoder);
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

  /** A light client's frame: read in place and timestamped at once; only step 1, step 2 and Durable are decoded. */
  #receiveLight(bytes: Buffer, start: number, end: number): void {
    if (++this.#received % CHECK_EVERY === 1) this.#check(bytes.subarray(start, end));
    const syncType = raiseClocksFromSyncFrame(bytes, start, end, this.#clocks);
    if (syncType === syncProtocol.messageYjsUpdate) {
      this.options.onApplied(this);
      return;
    }
    const decoder = decoding.createDecoder(bytes.subarray(start, end));
    const type = decoding.readVarUint(decoder);
    if (syncType === syncProtocol.messageYjsSyncStep1) {
      decoding.readVarUint(decoder);
      this.#answerSyncStep1(decoder);
    } else if (syncType === syncProtocol.messageYjsSyncStep2) {
      decoding.readVarUint(decoder);
      if (this.options.typist) Y.applyUpdate(this.doc, decoding.readVarUint8Array(decoder), this);
      this.options.onApplied(this);
      for (const resolve of this.#onStep2.splice(0)) resolve();
    } else if (type === MessageType.Durable) {
      this.options.onDurable?.(this, readDurable(decoder));
    }
  }

  /** Whether the in-place reader sees in a sync frame's update the clocks Yjs's own parser sees. */
  #check(data: Buffer): void {
    const decoder = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    if (decoding.readVarUint(decoder) !== MessageType.Sync) return;
    if (decoding.readVarUint(decoder) === syncProtocol.messageYjsSyncStep1) return;
    const update = decoding.readVarUint8Array(decoder);
    const read = new Map<number, number>();
    raiseClocks(update, 0, update.length, read);
    const expected = Y.parseUpdateMeta(update).to;
    const same =
      read.size === expected.size && [...expected].every(([client, clock]) => read.get(client) === clock);
    if (!same) {
      throw new Error(
        `light client ${this.index} read clocks ${JSON.stringify([...read])} where Yjs reads ${JSON.stringify([...expected])}`,
      );
    }
  }
}
