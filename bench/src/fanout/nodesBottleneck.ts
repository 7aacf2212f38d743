import os from 'node:os';
import type { RampResult } from './ramp.ts';
import { keptUp } from './summarize.ts';
import type { NodesSummary } from './summarizeNodes.ts';

/** A process this busy (% of one core) is taken to be what gave out. */
const BUSY_PERCENT = 85;

/**
 * Where a ramp gave out: at the first rate it failed (or its last step if it
 * never did), the generator if it fell behind, else the busiest of the nodes,
 * Postgres and Redis if it used most of a core, else the machine's cores if
 * everything together used most of them, else no CPU at all (waits: commits).
 */
export function bottleneck(
  result: RampResult<NodesSummary>,
  p99LimitMs: number,
): { where: string; generator: boolean } {
  const failed = result.steps.filter((step) => !keptUp(step, p99LimitMs));
  const step = (result.neverSaturated ? result.steps.at(-1) : failed.at(-1)) ?? result.steps.at(-1);
  if (!step) return { where: 'not measured', generator: false };
  const at = `at ${step.rate}/s`;
  if (step.generatorBound) return { where: `${at} the generator fell behind`, generator: true };
  const busy = [
    ...step.nodeCpuPercent.map((cpu, node) => [`node ${node + 1}`, cpu] as const),
    ...Object.entries(step.serviceCpuPercent).map(([name, cpu]) => [name, cpu] as const),
  ].sort((a, b) => b[1] - a[1]);
  const [name, cpu] = busy[0] ?? ['', 0];
  const everything = busy.reduce((sum, [, used]) => sum + used, 0) + step.generatorCpuPercent;
  const cores = os.cpus().length;
  const where =
    cpu >= BUSY_PERCENT
      ? `${at} ${name} CPU ${cpu.toFixed(0)}%`
      : everything >= BUSY_PERCENT * cores
        ? `${at} the machine's ${cores} cores (all together ${everything.toFixed(0)}%)`
        : `${at} no process was CPU-bound (busiest ${name} ${cpu.toFixed(0)}%): waits`;
  return { where, generator: false };
}
