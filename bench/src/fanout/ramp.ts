import { type LoadShape, type Measurement, runLoad } from './runLoad.ts';
import type { ServerUnderTest } from './serverUnderTest.ts';
import { keptUp, type Summary, summarize } from './summarize.ts';

export interface RampResult<S extends Summary = Summary> {
  server: string;
  steps: S[];
  /** The highest input rate at which the server kept up (0 if none). */
  saturation: number;
  /** It kept up at every rate tried: the saturation is at least this. */
  neverSaturated: boolean;
}

interface RampState<S extends Summary> {
  target: ServerUnderTest;
  steps: S[];
  passed: number;
  failed: number | null;
}

/**
 * Raises the input rate through `rates` until p99 exceeds `p99LimitMs` (or an
 * edit is not delivered) twice in a row, then bisects between the last rate that kept up and
 * the first that did not. The servers take turns at each step, so both see
 * the same machine. `summarizeStep` may add figures of its own to each step's summary.
 */
export async function ramp<S extends Summary = Summary>(
  targets: ServerUnderTest[],
  shape: Omit<LoadShape, 'rate'>,
  rates: number[],
  bisections: number,
  p99LimitMs: number,
  report: (step: S) => void,
  summarizeStep: (measurements: Measurement[]) => S = summarize as (measurements: Measurement[]) => S,
): Promise<RampResult<S>[]> {
  const states: RampState<S>[] = targets.map((target) => ({ target, steps: [], passed: 0, failed: null }));
  const attempt = async (state: RampState<S>, rate: number) => {
    const summary = summarizeStep([await runLoad(state.target, { ...shape, rate })]);
    state.steps.push(summary);
    report(summary);
    return keptUp(summary, p99LimitMs);
  };
  // A step that fails is tried once more: on a shared machine one burst of other work can sink it.
  const step = async (state: RampState<S>, rate: number) => {
    if ((await attempt(state, rate)) || (await attempt(state, rate)))
      state.passed = Math.max(state.passed, rate);
    else state.failed = Math.min(state.failed ?? rate, rate);
  };
  for (const rate of rates) {
    const going = states.filter((state) => state.failed === null);
    if (going.length === 0) break;
    for (const state of going) await step(state, rate);
  }
  for (let i = 0; i < bisections; i++) {
    for (const state of states) {
      if (state.failed === null) continue;
      const middle = Math.round((state.passed + state.failed) / 2 / 10) * 10;
      if (middle > state.passed && middle < state.failed) await step(state, middle);
    }
  }
  return states.map(({ target, steps, passed, failed }) => ({
    server: target.name,
    steps,
    saturation: passed,
    neverSaturated: failed === null,
  }));
}
