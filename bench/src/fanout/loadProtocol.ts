import type { Stats } from '../stats.ts';

/** What the load generator is asked to do. */
export interface LoadConfig {
  /** `ws://127.0.0.1:<port>/collab/<treatyId>` */
  url: string;
  /** Sent with every upgrade (our server's operator token; nothing for the reference). */
  headers: Record<string, string>;
  clients: number;
  /** How many of the clients type; the others only receive. */
  typists: number;
  /** Edits per second of all typists together, sent on a steady schedule. */
  rate: number;
  warmupMs: number;
  durationMs: number;
  /** After the last edit, how long to wait for every client to have applied them all. */
  drainMs: number;
  /** Send a Barrier after each edit (our protocol). */
  barriers: boolean;
  /** The encoded Yjs state every run starts from. */
  seedFile: string;
  /** Threads the clients are spread over (0: one per CPU core). */
  threads?: number;
  /**
   * Receivers that apply every update to a Y.Doc; the others are light: they read
   * which clocks a frame brings (Y.parseUpdateMeta) and apply nothing, so that the
   * generator spends its CPU on frames, not on 200 documents. The server cannot
   * tell them apart. Undefined: every receiver is full.
   */
  fullReceivers?: number;
  /** Several server processes of one cluster: the clients are spread over them (nodeOfClient), `url` unused. */
  nodeUrls?: string[];
}

export interface LoadResult {
  /** Milliseconds from send until every other client applied the edit, for each measured edit. */
  latencies: number[];
  /** Milliseconds from send until the typist heard Durable for it (our server only). */
  durable: number[];
  /** Edits sent in the measured window. */
  sent: number;
  /** Measured edits some client had still not applied when the drain time ran out. */
  undelivered: number;
  achievedRate: number;
  /** How late the generator sent each edit against its schedule: if high, the generator is the bottleneck. */
  lag: Stats;
  /** CPU time of the whole generator process over the measured window, in % of one core. */
  generatorCpuPercent: number;
  /** Worker threads the clients were spread over. */
  generatorThreads: number;
  /** Event-loop utilisation of the busiest generator thread over the measured window (0–1). */
  generatorBusiest: number;
  /** p99 of timer lateness in the generator's worst thread: how late it could see a frame. */
  generatorEventLoopDelayP99Ms: number;
  connectMs: number;
  /** Full clients (those that apply every update) whose treaty differs from the server's at the end. */
  diverged: number;
  /** Clients that applied every update and were compared with the server's treaty (the seeder among them). */
  fullClients: number;
  /** Receivers that only read each frame's clocks (typists apart, which do the same). */
  lightReceivers: number;
  lightTypists: number;
  /** With several nodes: send → every other client on the typist's own node applied it. */
  sameNode: number[];
  /** With several nodes: send → every client on the other nodes applied it. */
  crossNode: number[];
}

export type GeneratorMessage =
  | { type: 'measuring' }
  | { type: 'measured' }
  | { type: 'result'; result: LoadResult }
  | { type: 'error'; message: string };

/** One typist as every thread needs to know it: whose edits to look for, and from which clock. */
export interface TypistInfo {
  typist: number;
  clientIndex: number;
  clientId: number;
  /** The typist's clock before its first edit; its k-th edit (from 0) ends at startClock + k + 1. */
  startClock: number;
}

/** The global schedule: edit n is due at t0 + n × interval and typed by typist n mod typists. */
export interface Schedule {
  t0: number;
  interval: number;
  edits: number;
  /** Edits due at or after this time, and before `measureTo`, are measured. */
  measureFrom: number;
  measureTo: number;
  typists: TypistInfo[];
}

export type ToWorker = { type: 'connect' } | { type: 'start'; schedule: Schedule };

export type FromWorker =
  | { type: 'seeded' }
  | { type: 'connected'; typists: TypistInfo[] }
  | {
      type: 'done';
      /** Per typist (by index in the schedule), when each of its edits was sent; NaN if not by this thread. */
      sentAt: Float64Array[];
      /** Per typist, when the last of this thread's receivers applied each edit; NaN if one never did. */
      doneAt: Float64Array[];
      /** doneAt for the receivers on each node alone (one entry without nodeUrls). */
      doneAtByNode: Float64Array[][];
      lags: number[];
      durable: number[];
      /** A digest of the treaty as each of this thread's full clients holds it at the end. */
      fullDigests: string[];
      /** The same of the server's treaty after the drain, read by a fresh client (thread 0 only). */
      serverDigest: string | null;
      /** This thread's clients that apply every update (the seeder among them). */
      fullClients: number;
      /** This thread's receivers that only read each frame's clocks, typists apart. */
      lightReceivers: number;
      /** Typists, which are light receivers too. */
      lightTypists: number;
      /** Event-loop utilisation of this thread over the measured window (0–1). */
      busy: number;
      /** p99 of how late this thread's timers fired over the measured window. */
      eventLoopDelayP99Ms: number;
    }
  | { type: 'error'; message: string };
