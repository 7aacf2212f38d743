import { type LoadShape, type Measurement, runLoad } from './runLoad.ts';
import type { ServerUnderTest } from './serverUnderTest.ts';
import { keptUp, type Summary, stepOutcome, summarize } from './summarize.ts';

export interface RampResult<S extends Summary = Summary> {
  server: string;
  steps: S[];
  /** The highest input rate at which the server kept up (0 if none). */
  saturation: number;
  /** It kept up at every rate tried: the saturation is at least this. */
  neverSaturated: boolean;
  /**
   * With `stopWhenGeneratorBound`: the first rate at which the generator, not the server, gave out
   * before the server did; nothing above `saturation` was measured. Null if it never did.
   */
  generatorBoundAt: number | null;
  /** The lowest rate at which the server failed with the generator not bound (null if none). */
  failedAt: number | null;
}

interface RampState<S extends Summary> {
  target: ServerUnderTest;
  steps: S[];
  passed: number;
  failed: number | null;
  generatorBoundAt: number | null;
}

/**
 * Raises the input rate through `rates` until p99 exceeds `p99LimitMs` (or an
 * edit is not delivered) twice in a row, then bisects between the last rate that kept up and
 * the first that did not. The servers take turns at each step, so both see
 * the same machine. `summarizeStep` may add figures of its own to each step's summary.
 * With `stopWhenGeneratorBound`, steps are judged by `stepOutcome`: one that measured the
 * generator ends that server's ramp, neither passed nor failed, and the saturation is "at least".
 */
export async function ramp<S extends Summary = Summary>(
  targets: ServerUnderTest[],
  shape: Omit<LoadShape, 'rate'>,
  rates: number[],
  bisections: number,
  p99LimitMs: number,
  report: (step: S) => void,
  summarizeStep: (measurements: Measurement[]) => S = summarize as (measurements: Measurement[]) => S,
  stopWhenGeneratorBound = false,
  /** Rates each server already kept up at elsewhere in the run, by name: bisection starts above. */
  keptUpBefore: Record<string, number> = {},
): Promise<RampResult<S>[]> {
  const states: RampState<S>[] = targets.map((target) => ({
    target,
    steps: [],
    passed: keptUpBefore[target.name] ?? 0,
    failed: null,
    generatorBoundAt: null,
  }));
  const attempt = async (state: RampState<S>, rate: number): Promise<'kept up' | 'failed' | 'bound'> => {
    const summary = summarizeStep([await runLoad(state.target, { ...shape, rate })]);
    state.steps.push(summary);
    report(summary);
    if (!stopWhenGeneratorBound) return keptUp(summary, p99LimitMs) ? 'kept up' : 'failed';
    const outcome = stepOutcome(summary, p99LimitMs);
    return outcome === 'generator-bound' ? 'bound' : outcome;
  };
  // A step that fails is tried once more: on a shared machine one burst of other work can sink it.
  const step = async (state: RampState<S>, rate: number) => {
    let outcome = await attempt(state, rate);
    if (outcome === 'failed') outcome = await attempt(state, rate);
    if (outcome === 'kept up') state.passed = Math.max(state.passed, rate);
    else if (outcome === 'failed') state.failed = Math.min(state.failed ?? rate, rate);
    else state.generatorBoundAt = Math.min(state.generatorBoundAt ?? rate, rate);
  };
  const going = (state: RampState<S>) => state.failed === null && state.generatorBoundAt === null;
  for (const rate of rates) {
    const active = states.filter(going);
    if (active.length === 0) break;
    for (const state of active) await step(state, rate);
  }
  for (let i = 0; i < bisections; i++) {
    for (const state of states) {
      if (state.failed === null || state.generatorBoundAt !== null) continue;
      const middle = Math.round((state.passed + state.failed) / 2 / 10) * 10;
      if (middle > state.passed && middle < state.failed) await step(state, middle);
    }
  }
  return states.map(({ target, steps, passed, failed, generatorBoundAt }) => ({
    server: target.name,
    steps,
    saturation: passed,
    neverSaturated: failed === null,
    generatorBoundAt,
    failedAt: failed,
  }));
}
