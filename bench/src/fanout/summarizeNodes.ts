import { type Stats, stats } from '../stats.ts';
import type { Measurement } from './runLoad.ts';
import { type Summary, summarize } from './summarize.ts';

/** A Summary of runs against one or several nodes, with what only several nodes have. */
export interface NodesSummary extends Summary {
  nodes: number;
  /** Send → every other client on the typist's node applied it (median of the runs' percentiles). */
  sameNode: Pick<Stats, 'p50' | 'p99'> | null;
  /** Send → every client on the other nodes applied it; null with one node. */
  crossNode: Pick<Stats, 'p50' | 'p99'> | null;
  /** Each node's CPU time per delivered edit, in microseconds. */
  nodeCpuPerEditUs: number[];
  nodeCpuPercent: number[];
  /** Postgres and Redis CPU over the window, in % of one core. */
  serviceCpuPercent: Record<string, number>;
}

const median = (values: number[]) => stats(values).median;

function percentiles(runs: number[][]): Pick<Stats, 'p50' | 'p99'> | null {
  const measured = runs.filter((samples) => samples.length > 0).map((samples) => stats(samples));
  if (measured.length === 0) return null;
  return { p50: median(measured.map((s) => s.p50)), p99: median(measured.map((s) => s.p99)) };
}

export function summarizeNodes(measurements: Measurement[]): NodesSummary {
  const first = measurements[0] as Measurement;
  const nodes = first.nodeCpuPercents.length;
  const delivered = (m: Measurement) => Math.max(1, ((m.sent - m.undelivered) / m.sent) * m.achievedRate);
  const services = Object.keys(first.serviceCpuPercents);
  return {
    ...summarize(measurements),
    nodes,
    sameNode: percentiles(measurements.map((m) => (nodes > 1 ? m.sameNode : m.latencies))),
    crossNode: percentiles(measurements.map((m) => m.crossNode)),
    nodeCpuPerEditUs: Array.from({ length: nodes }, (_, node) =>
      median(measurements.map((m) => (((m.nodeCpuPercents[node] as number) / 100) * 1e6) / delivered(m))),
    ),
    nodeCpuPercent: Array.from({ length: nodes }, (_, node) =>
      median(measurements.map((m) => m.nodeCpuPercents[node] as number)),
    ),
    serviceCpuPercent: Object.fromEntries(
      services.map((name) => [name, median(measurements.map((m) => m.serviceCpuPercents[name] as number))]),
    ),
  };
}
