import { type Stats, stats } from '../stats.ts';
import type { Measurement } from './runLoad.ts';

/** A generator this late against its schedule (p99) was the bottleneck, not the server. */
export const GENERATOR_LAG_LIMIT_MS = 50;

/** Several runs of one server at one rate, pooled. */
export interface Summary {
  server: string;
  rate: number;
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
  /** Full clients whose document ended unlike the others', over all runs. */
  diverged: number;
  serverCpuPercent: number;
  /** Server CPU time per edit sent, in microseconds: what an edit costs the server, load aside. */
  serverCpuPerEditUs: number;
  serverRssPeakMiB: number;
  generatorCpuPercent: number;
  generatorLagP99: number;
  /** The generator fell behind its schedule: the figures are a bound on the server, not its limit. */
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
  return {
    server: first.server,
    rate: first.rate,
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
    serverCpuPercent,
    serverCpuPerEditUs: median(
      measurements.map((m) => ((m.serverCpuPercent / 100) * 1e6) / Math.max(1, m.achievedRate)),
    ),
    serverRssPeakMiB: Math.max(...measurements.map((m) => m.serverRssPeakMiB)),
    generatorCpuPercent,
    generatorLagP99,
    generatorBound: generatorLagP99 > GENERATOR_LAG_LIMIT_MS,
  };
}

/** Whether a ramp step kept up: every edit delivered, every full client converged, p99 within the limit. */
export const keptUp = (summary: Summary, p99LimitMs: number) =>
  summary.undelivered === 0 && summary.diverged === 0 && summary.latency.p99 <= p99LimitMs;
