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
  generatorCpuPercent: number;
  connectMs: number;
}

export type GeneratorMessage =
  | { type: 'measuring' }
  | { type: 'measured' }
  | { type: 'result'; result: LoadResult }
  | { type: 'error'; message: string };
