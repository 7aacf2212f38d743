import { type Stats, stats } from '../stats.ts';
import type { Measurement } from './runLoad.ts';

/**
 * When the load generator, not the server, is what a row measures. Its threads read every frame
 * and timestamp it; a thread busy most of the time, or whose timers fire late, stamps frames late,
 * and a late typist sends late. Any one of these makes a row generator-bound (medians of the runs):
 */
export const GENERATOR_BOUND = {
  /** Event-loop utilisation of its busiest thread (0–1). */
  busiest: 0.5,
  /** p99 of timer lateness in its worst thread, in ms. */
  eventLoopDelayMs: 10,
  /** p99 of how late an edit was sent against the schedule, in ms. */
  sendLagMs: 10,
} as const;

export const generatorBoundRule = `generator-bound: its busiest thread ≥ ${GENERATOR_BOUND.busiest * 100}% busy, or its event-loop delay p99 > ${GENERATOR_BOUND.eventLoopDelayMs} ms, or its send lag p99 > ${GENERATOR_BOUND.sendLagMs} ms`;

/** Several runs of one server at one rate, pooled. */
export interface Summary {
  server: string;
  rate: number;
  /** Edits per second the typists sent in the measured window (median of the runs). */
  achievedRate: number;
  runs: number;
  /** Each percentile is the median of the runs' (one noisy run does not decide it). */
  latency: Pick<Stats, 'p50' | 'p95' | 'p99'>;
  /** Every run's samples together. */
  pooled: Stats;
  /** Each run's p99, for the spread between runs. */
  p99s: number[];
  /** Send → Durable at the typist (our server only). */
  durable: Stats | null;
  undelivered: number;
  /** Full clients whose treaty ended unlike the server's, over all runs. */
  diverged: number;
  /** Per run: clients that applied every update and were compared with the server's treaty. */
  fullClients: number;
  /** Per run: receivers that only read each frame's clocks, and typists (light too). */
  lightReceivers: number;
  lightTypists: number;
  serverCpuPercent: number;
  /** Server CPU time per input edit (an edit sent by a typist), in microseconds. */
  serverCpuPerEditUs: number;
  /** Server CPU time per delivered edit (one edit reaching one receiver), in microseconds. */
  serverCpuPerDeliveryUs: number;
  serverRssPeakMiB: number;
  /** The generator process's CPU, in % of one core, and in % of all the machine's cores. */
  generatorCpuPercent: number;
  generatorCpuPercentOfCores: number;
  generatorThreads: number;
  /** Event-loop utilisation of the generator's busiest thread (0–1). */
  generatorBusiest: number;
  generatorEventLoopDelayP99: number;
  /** Send lag p99: how late the typists sent against the schedule. */
  generatorLagP99: number;
  /** The generator crossed a GENERATOR_BOUND line: the figures bound the server, they do not measure it. */
  generatorBound: boolean;
}

const median = (values: number[]) => stats(values).median;

export function summarize(measurements: Measurement[]): Summary {
  const first = measurements[0] as Measurement;
  const perRun = measurements.map((m) => stats(m.latencies));
  const durable = measurements.flatMap((m) => m.durable);
  const serverCpuPercent = median(measurements.map((m) => m.serverCpuPercent));
  const generatorLagP99 = median(measurements.map((m) => m.lag.p99));
  const generatorCpuPercent = median(measurements.map((m) => m.generatorCpuPercent));
  const generatorBusiest = median(measurements.map((m) => m.generatorBusiest));
  const generatorEventLoopDelayP99 = median(measurements.map((m) => m.generatorEventLoopDelayP99Ms));
  const cpuUsPerSecond = (m: Measurement) => (m.serverCpuPercent / 100) * 1e6;
  const deliveredPerSecond = (m: Measurement) =>
    (Math.max(0, m.sent - m.undelivered) / Math.max(1, m.sent)) * m.achievedRate * (m.clients - 1);
  return {
    server: first.server,
    rate: first.rate,
    achievedRate: median(measurements.map((m) => m.achievedRate)),
    runs: measurements.length,
    latency: {
      p50: median(perRun.map((run) => run.p50)),
      p95: median(perRun.map((run) => run.p95)),
      p99: median(perRun.map((run) => run.p99)),
    },
    pooled: stats(measurements.flatMap((m) => m.latencies)),
    p99s: perRun.map((run) => run.p99),
    durable: durable.length > 0 ? stats(durable) : null,
    undelivered: measurements.reduce((sum, m) => sum + m.undelivered, 0),
    diverged: measurements.reduce((sum, m) => sum + m.diverged, 0),
    fullClients: first.fullClients,
    lightReceivers: first.lightReceivers,
    lightTypists: first.lightTypists,
    serverCpuPercent,
    serverCpuPerEditUs: median(measurements.map((m) => cpuUsPerSecond(m) / Math.max(1, m.achievedRate))),
    serverCpuPerDeliveryUs: median(
      measurements.map((m) => cpuUsPerSecond(m) / Math.max(1, deliveredPerSecond(m))),
    ),
    serverRssPeakMiB: Math.max(...measurements.map((m) => m.serverRssPeakMiB)),
    generatorCpuPercent,
    generatorCpuPercentOfCores: generatorCpuPercent / first.cores,
    generatorThreads: first.generatorThreads,
    generatorBusiest,
    generatorEventLoopDelayP99,
    generatorLagP99,
    generatorBound:
      generatorBusiest >= GENERATOR_BOUND.busiest ||
      generatorEventLoopDelayP99 > GENERATOR_BOUND.eventLoopDelayMs ||
      generatorLagP99 > GENERATOR_BOUND.sendLagMs,
  };
}

/** Whether a ramp step kept up: every edit delivered, every full client converged, p99 within the limit. */
export const keptUp = (summary: Summary, p99LimitMs: number) =>
  summary.undelivered === 0 && summary.diverged === 0 && summary.latency.p99 <= p99LimitMs;

/** A step offered its rate if the typists sent at least this share of it in the window. */
const OFFERED_SHARE = 0.95;

/**
 * What a step says about the server. It failed if an edit went undelivered, a full client ended
 * unlike the server, or p99 exceeded the limit by more than the generator's own lateness (its
 * event-loop delay p99 plus its send lag p99), which a late generator cannot explain. It kept up
 * if p99 stayed within the limit at the offered rate: a bound generator only makes latencies look
 * longer, so that holds even then. Anything else measured the generator.
 */
export function stepOutcome(summary: Summary, p99LimitMs: number): 'kept up' | 'failed' | 'generator-bound' {
  const lateness = (summary.generatorEventLoopDelayP99 || 0) + (summary.generatorLagP99 || 0);
  if (summary.undelivered > 0 || summary.diverged > 0 || summary.latency.p99 - lateness > p99LimitMs)
    return 'failed';
  const offered = summary.achievedRate >= OFFERED_SHARE * summary.rate;
  return summary.latency.p99 <= p99LimitMs && offered ? 'kept up' : 'generator-bound';
}
