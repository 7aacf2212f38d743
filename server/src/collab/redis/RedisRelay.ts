import crypto from 'node:crypto';
import type { Logger } from 'pino';
import type { Relay, RelayControl, RelayedRoom, RelaySubscription } from '../Relay.ts';
import { type ConnectionName, RedisConnections } from './RedisConnections.ts';
import { RelayAwareness } from './RelayAwareness.ts';
import { redisKeys } from './redisKeys.ts';
import { relayControlSchema } from './relayControlSchema.ts';
import { type ReadingHandle, StreamReader } from './StreamReader.ts';
import { encodeStreamEntry, type StreamEntry } from './streamEntry.ts';
import { ensureStream, positionAtEnd, type StreamPosition } from './streamState.ts';

export interface RedisRelayOptions {
  /** redis:// or rediss:// */
  url: string;
  log: Logger;
  /** Separates deployments (or tests) sharing one Redis. */
  prefix?: string;
  /** Entries older than this are trimmed from a stream as new ones are written (see RedisRelay). */
  retentionMs?: number;
  /** A treaty's stream that nobody wrote to for this long expires. */
  idleTtlMs?: number;
  /** Awareness updates of one treaty within this long go out together. */
  awarenessWindowMs?: number;
  /** How often every stream read is checked for entries that vanished unread. */
  sweepMs?: number;
  /** How long one blocking read waits. */
  blockMs?: number;
  /** How long a loading room waits for the relay to catch up before it serves anyway. */
  catchUpTimeoutMs?: number;
  /** How long connecting waits for Redis before the process starts without it. */
  connectTimeoutMs?: number;
}

const DEFAULTS = {
  prefix: 'pactum',
  retentionMs: 10 * 60_000,
  idleTtlMs: 24 * 3_600_000,
  awarenessWindowMs: 50,
  sweepMs: 30_000,
  blockMs: 5_000,
  catchUpTimeoutMs: 5_000,
  connectTimeoutMs: 3_000,
};

/** Control messages kept for a Redis that is away; past this the oldest go. */
const MAX_OWED_CONTROL = 1_000;

/**
 * Relays between server processes through Redis. Each treaty's stored
 * updates go on a stream of their own, tagged with this process's random id;
 * awareness goes over a pub/sub channel per treaty; control messages go on
 * one shared stream.
 *
 * Trimming: every entry is already in the store, so a stream is only a
 * window onto recent commits. Each write trims entries older than
 * `retentionMs` (XADD MINID ~), far longer than a room takes to load or a
 * live reader lags. A reader that is further behind, or whose stream vanished
 * (expired, deleted, Redis restarted), notices it (StreamReader) and heals
 * its room from the store. Streams use Redis's clock for ids and this
 * process's clock for the trim: the clocks must agree within minutes.
 *
 * Redis away: rooms keep serving this process's clients. Writes fail at once
 * and are dropped; each stream written to meanwhile gets a `heal` entry when
 * Redis is back, so the other processes heal from the store, and every room
 * here heals too once the reader reconnects.
 */
export class RedisRelay implements Relay {
  readonly nodeId = `node-${crypto.randomBytes(8).toString('hex')}`;
  readonly #options: typeof DEFAULTS;
  readonly #log: Logger;
  readonly #keys: ReturnType<typeof redisKeys>;
  readonly #connections: RedisConnections;
  readonly #reader: StreamReader;
  readonly #awareness: RelayAwareness;
  readonly #controlListeners: Array<(message: RelayControl) => void> = [];
  /** Streams written to while Redis was away: each gets a `heal` entry when it is back. */
  readonly #owedHeals = new Set<string>();
  readonly #owedControl: RelayControl[] = [];
  #controlReading: ReadingHandle | null = null;
  #closed = false;

  /** Connects (waiting a little for Redis, never failing for lack of it) and starts reading. */
  static async connect(options: RedisRelayOptions): Promise<RedisRelay> {
    const relay = new RedisRelay(options);
    await relay.#start();
    return relay;
  }

  private constructor({ url, log, ...options }: RedisRelayOptions) {
    this.#options = { ...DEFAULTS, ...options };
    this.#log = log;
    this.#keys = redisKeys(this.#options.prefix);
    this.#connections = new RedisConnections(url, this.nodeId, log, (name, again) =>
      this.#ready(name, again),
    );
    this.#reader = new StreamReader(this.#connections.reader, () => this.#wake(), {
      nodeId: this.nodeId,
      wakeKey: this.#keys.wake(this.nodeId),
      blockMs: this.#options.blockMs,
      sweepMs: this.#options.sweepMs,
      batch: 200,
      log,
    });
    this.#awareness = new RelayAwareness(
      this.#connections.command,
      this.#connections.subscriber,
      this.#keys.awareness,
      this.nodeId,
      this.#options.awarenessWindowMs,
      log,
    );
  }

  /** Whether all of its connections to Redis are up. */
  get connected(): boolean {
    return this.#connections.connected;
  }

  async #start(): Promise<void> {
    await this.#connections.connect(this.#options.connectTimeoutMs);
    this.#log.info({ nodeId: this.nodeId }, 'relaying to the other processes through Redis');
    const position = await this.#positionAtEnd(this.#keys.control, null);
    this.#controlReading = this.#reader.add(
      this.#keys.control,
      position,
      {
        deliver: (entry) => this.#receiveControl(entry),
        missed: async (cause) => {
          if (cause !== 'gap') return;
          this.#log.warn(
            'control messages may have been lost before this process read them (Redis restarted or trimmed them): a member revoked meanwhile may keep a socket here until it reconnects',
          );
        },
      },
      null,
    );
  }

  async subscribe(treatyId: string): Promise<RelaySubscription> {
    const key = this.#keys.updates(treatyId);
    // Taken before the room reads the store: entries after it are read from the stream.
    const position = await this.#positionAtEnd(key, this.#options.idleTtlMs);
    let reading: ReadingHandle | null = null;
    let room: RelayedRoom | null = null;
    return {
      start: async (started) => {
        room = started;
        reading = this.#reader.add(
          key,
          position,
          {
            deliver: (entry) => {
              if (entry.kind === 'update') started.applyRemoteUpdate(entry.update, entry.seq);
              else if (entry.kind === 'heal') this.#heal(treatyId, started);
            },
            missed: () => started.healFromStore(),
          },
          this.#options.idleTtlMs,
        );
        this.#awareness.join(treatyId, started);
        await within(reading.caughtUp, this.#options.catchUpTimeoutMs, () =>
          this.#log.warn({ treatyId }, 'the relay did not catch up in time; serving what the store holds'),
        );
      },
      stop: async () => {
        reading?.remove();
        if (room) this.#awareness.leave(treatyId, room);
      },
    };
  }

  publishUpdate(treatyId: string, update: Uint8Array, seq: number): void {
    const key = this.#keys.updates(treatyId);
    this.#append(key, { kind: 'update', origin: this.nodeId, seq, update }, this.#options.idleTtlMs).catch(
      (error: unknown) => this.#owe(key, error),
    );
  }

  publishAwareness(treatyId: string, update: Uint8Array): void {
    this.#awareness.publish(treatyId, update);
  }

  publishControl(message: RelayControl): void {
    this.#append(
      this.#keys.control,
      { kind: 'control', origin: this.nodeId, message: JSON.stringify(message) },
      null,
    ).catch(() => {
      this.#owedControl.push(message);
      if (this.#owedControl.length > MAX_OWED_CONTROL) this.#owedControl.shift();
    });
  }

  onControl(listener: (message: RelayControl) => void): void {
    this.#controlListeners.push(listener);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#awareness.flushAll();
    this.#controlReading?.remove();
    const command = this.#connections.command;
    if (command.isReady) await command.del(this.#keys.wake(this.nodeId)).catch(() => undefined);
    const stopped = this.#reader.close();
    await this.#connections.close();
    await stopped;
  }

  /** Writes `entry` to the stream `key`, trimming what is older than the retention; rejects if Redis is away. */
  async #append(key: string, entry: StreamEntry, ttlMs: number | null): Promise<void> {
    const command = this.#connections.command;
    if (!command.isReady) throw new Error('Redis is not connected');
    const trim = {
      strategy: 'MINID',
      strategyModifier: '~',
      threshold: Date.now() - this.#options.retentionMs,
    } as const;
    await Promise.all([
      command.xAdd(key, '*', encodeStreamEntry(entry), { TRIM: trim }),
      ttlMs === null ? null : command.pExpire(key, ttlMs),
    ]);
  }

  /** `key`'s stream as it ends now (made if missing), or null when Redis cannot say. */
  async #positionAtEnd(key: string, ttlMs: number | null): Promise<StreamPosition | null> {
    if (!this.#connections.command.isReady) return null;
    try {
      return positionAtEnd(await ensureStream(this.#connections.command, key, ttlMs));
    } catch {
      return null;
    }
  }

  #owe(key: string, error: unknown): void {
    if (this.#closed) return;
    // An outage is logged by the connections; a write refused by a connected Redis is logged here, once a spell.
    if (this.#owedHeals.size === 0 && this.#connections.command.isReady) {
      this.#log.warn(
        { err: (error as Error).message },
        'Redis refused a relay write: the other processes heal from the store',
      );
    }
    this.#owedHeals.add(key);
  }

  #ready(name: ConnectionName, again: boolean): void {
    if (name === 'reader' && again) this.#reader.reconnected();
    if (name === 'subscriber') this.#awareness.ready();
    if (name === 'command') this.#settleOwed();
  }

  /** Redis is back for publishing: what could not be written is made up for. */
  #settleOwed(): void {
    for (const key of [...this.#owedHeals]) {
      this.#owedHeals.delete(key);
      this.#append(key, { kind: 'heal', origin: this.nodeId }, this.#options.idleTtlMs).catch(
        (error: unknown) => this.#owe(key, error),
      );
    }
    for (const message of this.#owedControl.splice(0)) this.publishControl(message);
  }

  #heal(treatyId: string, room: RelayedRoom): void {
    room
      .healFromStore()
      .catch((error: unknown) =>
        this.#log.warn({ err: error, treatyId }, 'could not heal a room from the store'),
      );
  }

  #wake(): void {
    const command = this.#connections.command;
    if (!command.isReady) return;
    const key = this.#keys.wake(this.nodeId);
    Promise.all([
      command.xAdd(key, '*', { w: '1' }, { TRIM: { strategy: 'MAXLEN', threshold: 1 } }),
      command.pExpire(key, 3_600_000),
    ]).catch(() => undefined);
  }

  #receiveControl(entry: StreamEntry): void {
    if (entry.kind !== 'control') return;
    let parsed: ReturnType<typeof relayControlSchema.safeParse>;
    try {
      parsed = relayControlSchema.safeParse(JSON.parse(entry.message));
    } catch {
      parsed = relayControlSchema.safeParse(undefined);
    }
    if (!parsed.success) {
      this.#log.warn({ origin: entry.origin }, 'skipped a control message it cannot read');
      return;
    }
    for (const listener of this.#controlListeners) listener(parsed.data);
  }
}

/** Waits for `promise`, or for `ms` and then calls `late`. */
async function within(promise: Promise<void>, ms: number, late: () => void): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), ms);
  });
  const outcome = await Promise.race([promise, timeout]);
  clearTimeout(timer);
  if (outcome === 'late') late();
}
