import type { Logger } from 'pino';
import { RESP_TYPES } from 'redis';
import type { RedisClient } from './RedisConnections.ts';
import { decodeStreamEntry, type StreamEntry } from './streamEntry.ts';
import {
  ensureStream,
  missedEntries,
  parseStreamState,
  positionAtEnd,
  STREAM_STATE_SCRIPT,
  type StreamPosition,
  streamStateArguments,
} from './streamState.ts';

/** Why a reader may have missed entries of a stream. */
export type MissedCause =
  /** Entries past its position were trimmed or deleted, or the stream was replaced. */
  | 'gap'
  /** Its connection to Redis was lost meanwhile (publishers may have dropped entries then). */
  | 'outage'
  /** It never knew its position (Redis was away when it started). */
  | 'unknown';

/** Whoever is given a stream's entries. */
export interface StreamConsumer {
  /** An entry another process wrote, in stream order. */
  deliver(entry: StreamEntry): void;
  /** The reader now stands at the stream's end and may have missed entries before it. */
  missed(cause: MissedCause): Promise<void>;
}

export interface StreamReaderOptions {
  /** This process: entries it wrote are skipped. */
  nodeId: string;
  /** The stream written to wake the reader (see `wake`). */
  wakeKey: string;
  /** How long one blocking read waits before the reader looks around again. */
  blockMs: number;
  /** How often every stream read is checked for entries that vanished before they were read. */
  sweepMs: number;
  /** Entries read per stream and call. */
  batch: number;
  log: Logger;
}

interface Reading {
  key: string;
  consumer: StreamConsumer;
  /** Null until known: the reader then takes the stream's end and reports `unknown`. */
  position: StreamPosition | null;
  /** New or after an error: read up to the end and checked before it joins the blocking reads. */
  catchingUp: boolean;
  afterOutage: boolean;
  /** The time to live a stream made by this reader gets (null: none). */
  ttlMs: number | null;
  caughtUp: () => void;
}

/** What the reader gives back for a stream it was added. */
export interface ReadingHandle {
  /** Settles once the stream is read up to its end (or Redis is away: reading resumes when it is back). */
  caughtUp: Promise<void>;
  remove(): void;
}

type XReadReply = Array<{
  name: Buffer | string;
  messages: Array<{ id: Buffer | string; message: Record<string, Buffer> }>;
}> | null;

/**
 * One loop per process reads every stream it was given, on a connection of
 * its own: a stream added is first read from its position up to its end and
 * checked for entries it can no longer read, then joins one blocking XREAD
 * over all streams. Streams are checked again every `sweepMs`, and after a
 * lost connection every stream is read from its position again and its
 * consumer told. Only this loop moves positions, so a stream's entries reach
 * its consumer once each and in order.
 */
export class StreamReader {
  readonly #readings = new Map<string, Reading>();
  readonly #binary: RedisClient;
  #wakeId = '0-0';
  #recheck = false;
  #outage = false;
  #lastSweep = Date.now();
  #closed = false;
  #failures = 0;
  readonly #done: Promise<void>;

  constructor(
    private readonly client: RedisClient,
    /** Wakes the loop from a blocking read (writes to `wakeKey`). */
    private readonly wake: () => void,
    private readonly options: StreamReaderOptions,
  ) {
    this.#binary = client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer }) as unknown as RedisClient;
    this.#done = this.#run();
  }

  /**
   * Reads `key` after `position` (null: from its end, after telling the
   * consumer `unknown`), giving `consumer` every entry another process writes.
   */
  add(
    key: string,
    position: StreamPosition | null,
    consumer: StreamConsumer,
    ttlMs: number | null,
  ): ReadingHandle {
    let caughtUp!: () => void;
    const settled = new Promise<void>((resolve) => {
      caughtUp = resolve;
    });
    const reading: Reading = {
      key,
      consumer,
      position,
      catchingUp: true,
      afterOutage: false,
      ttlMs,
      caughtUp,
    };
    this.#readings.get(key)?.caughtUp();
    this.#readings.set(key, reading);
    // Redis is away: the reading resumes when it is back, and whoever waits need not.
    if (!this.client.isReady) caughtUp();
    this.wake();
    return {
      caughtUp: settled,
      remove: () => {
        if (this.#readings.get(key) === reading) this.#readings.delete(key);
        caughtUp();
      },
    };
  }

  /** The reader's connection is back after an outage: every stream is read again from its position. */
  reconnected(): void {
    this.#outage = true;
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const reading of this.#readings.values()) reading.caughtUp();
    await this.#done;
  }

  async #run(): Promise<void> {
    while (!this.#closed) {
      try {
        if (!this.client.isReady) {
          await sleep(50);
          continue;
        }
        this.#beginRound();
        for (const reading of [...this.#readings.values()]) {
          if (reading.catchingUp && this.#readings.get(reading.key) === reading) await this.#catchUp(reading);
        }
        if (Date.now() - this.#lastSweep >= this.options.sweepMs) await this.#sweep();
        await this.#readLive();
        this.#failures = 0;
      } catch (error) {
        if (this.#closed) return;
        // Whatever was read is delivered; the rest is read again from where each stream stands.
        this.#recheck = true;
        this.#failures++;
        if (this.client.isReady) {
          this.options.log.warn({ err: (error as Error).message }, 'reading the relay streams failed');
        }
        await sleep(Math.min(50 * 2 ** this.#failures, 2_000));
      }
    }
  }

  #beginRound(): void {
    if (!this.#recheck && !this.#outage) return;
    for (const reading of this.#readings.values()) {
      reading.catchingUp = true;
      reading.afterOutage ||= this.#outage;
    }
    if (this.#outage) this.#wakeId = '0-0';
    this.#recheck = false;
    this.#outage = false;
  }

  /** Reads `reading` up to the end in one transaction with the stream's state, then checks what it read. */
  async #catchUp(reading: Reading): Promise<void> {
    const position = reading.position;
    if (!position) return this.#restart(reading, 'unknown');
    const [read, state] = (await this.#binary
      .multi()
      .xRead({ key: reading.key, id: position.id }, { COUNT: this.options.batch })
      .eval(STREAM_STATE_SCRIPT, { keys: [reading.key], arguments: streamStateArguments(null) })
      .exec()) as unknown as [XReadReply, unknown];
    if (this.#readings.get(reading.key) !== reading) return;
    const messages = read?.[0]?.messages ?? [];
    this.#deliver(reading, messages);
    // A full batch: more to read before the end.
    if (messages.length === this.options.batch) return this.#catchUp(reading);
    if (missedEntries(reading.position as StreamPosition, parseStreamState(state), true)) {
      return this.#restart(reading, 'gap');
    }
    reading.catchingUp = false;
    if (reading.afterOutage) {
      reading.afterOutage = false;
      this.#tell(reading, 'outage');
    } else {
      reading.caughtUp();
    }
  }

  /** Moves `reading` to the end of its stream (making it if missing), then tells its consumer. */
  async #restart(reading: Reading, cause: MissedCause): Promise<void> {
    const state = await ensureStream(this.client, reading.key, reading.ttlMs);
    if (this.#readings.get(reading.key) !== reading) return;
    reading.position = positionAtEnd(state);
    reading.catchingUp = false;
    reading.afterOutage = false;
    this.#tell(reading, cause);
  }

  /** Tells the consumer without holding up the other streams; it has caught up once the consumer has dealt with it. */
  #tell(reading: Reading, cause: MissedCause): void {
    reading.consumer
      .missed(cause)
      .catch((error: unknown) =>
        this.options.log.warn({ err: error, stream: reading.key, cause }, 'could not recover missed entries'),
      )
      .finally(reading.caughtUp);
  }

  async #sweep(): Promise<void> {
    this.#lastSweep = Date.now();
    const live = [...this.#readings.values()].filter((reading) => !reading.catchingUp && reading.position);
    const states = await Promise.all(
      live.map((reading) =>
        this.client.eval(STREAM_STATE_SCRIPT, { keys: [reading.key], arguments: streamStateArguments(null) }),
      ),
    );
    for (const [i, reading] of live.entries()) {
      if (this.#readings.get(reading.key) !== reading || reading.catchingUp) continue;
      if (missedEntries(reading.position as StreamPosition, parseStreamState(states[i]), false)) {
        await this.#restart(reading, 'gap');
      }
    }
  }

  /** One blocking read over every stream that has caught up, and the wake stream. */
  async #readLive(): Promise<void> {
    const live = [...this.#readings.values()].filter((reading) => !reading.catchingUp && reading.position);
    const streams = [
      { key: this.options.wakeKey, id: this.#wakeId },
      ...live.map((reading) => ({ key: reading.key, id: (reading.position as StreamPosition).id })),
    ];
    const reply = (await this.#binary.xRead(streams, {
      BLOCK: this.options.blockMs,
      COUNT: this.options.batch,
    })) as unknown as XReadReply;
    const byKey = new Map(live.map((reading) => [reading.key, reading]));
    for (const { name, messages } of reply ?? []) {
      const key = name.toString();
      if (key === this.options.wakeKey) {
        this.#wakeId = messages.at(-1)?.id.toString() ?? this.#wakeId;
        continue;
      }
      const reading = byKey.get(key);
      // Removed, replaced or sent back to catch up while the read was waiting.
      if (!reading || this.#readings.get(key) !== reading || reading.catchingUp) continue;
      this.#deliver(reading, messages);
    }
  }

  #deliver(reading: Reading, messages: NonNullable<XReadReply>[number]['messages']): void {
    for (const { id, message } of messages) {
      const position = reading.position as StreamPosition;
      reading.position = { epoch: position.epoch, id: id.toString(), added: position.added + 1 };
      const entry = decodeStreamEntry(message);
      if (!entry) {
        this.options.log.warn(
          { stream: reading.key, id: id.toString() },
          'skipped a stream entry it cannot read',
        );
        continue;
      }
      if (entry.origin === this.options.nodeId) continue;
      try {
        reading.consumer.deliver(entry);
      } catch (error) {
        this.options.log.error({ err: error, stream: reading.key }, 'could not apply a relayed entry');
      }
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
