import fs from 'node:fs';
import os from 'node:os';
import { Limits } from '@pactum/shared';
import { describeLoad, machineLoad } from '../machineLoad.ts';
import { ms } from '../stats.ts';
import { writeResults } from '../writeResults.ts';
import { type PactumFixture, pactumServer, preparePactum } from './pactumServer.ts';
import { type RampResult, ramp } from './ramp.ts';
import { referenceServer } from './referenceServer.ts';
import { type LoadShape, runLoad } from './runLoad.ts';
import type { ServerUnderTest } from './serverUnderTest.ts';
import { generatorBoundRule, type Summary, stepOutcome, summarize } from './summarize.ts';

/** A server keeps up at a rate while every edit reaches every client, p99 within this. */
const P99_LIMIT_MS = 100;
const TARGETS = { p99: 0.5, cpuPerDelivery: 0.5, saturation: 2 };

const FULL = {
  clients: 200,
  typists: 20,
  // Besides the seeder, which applies every update too: 10 full clients, checked against the
  // server's treaty at the end; the other 170 receivers and the 20 typists only read clocks.
  fullReceivers: 9,
  rates: [100, 250],
  // Knobs for trying the bench out, not for the figures quoted.
  threads: Number(process.env.FANOUT_THREADS ?? 0),
  runs: Number(process.env.FANOUT_RUNS ?? 3),
  warmupMs: 3_000,
  durationMs: Number(process.env.FANOUT_DURATION_MS ?? 20_000),
  drainMs: 5_000,
  rampRates: process.env.FANOUT_RAMP_RATES?.split(',').filter(Boolean).map(Number) ?? [
    400, 600, 800, 1200, 1600, 2400,
  ],
  rampBisections: 1,
  rampWarmupMs: 2_000,
  rampDurationMs: 8_000,
};

const TINY: typeof FULL = {
  // Seeder, 4 typists, 2 full receivers and 3 light ones.
  clients: 10,
  typists: 4,
  fullReceivers: 2,
  rates: [100, 250],
  threads: 0,
  runs: 1,
  warmupMs: 300,
  durationMs: 1_200,
  drainMs: 2_000,
  rampRates: [200],
  rampBisections: 0,
  rampWarmupMs: 300,
  rampDurationMs: 1_000,
};

/** Our server, the reference, and our server from another checkout if `BENCH_COMPARE_ROOT` names one. */
function servers(fixture: PactumFixture): ServerUnderTest[] {
  const other = process.env.BENCH_COMPARE_ROOT;
  return [
    pactumServer(fixture),
    referenceServer,
    ...(other ? [pactumServer(fixture, `Pactum at ${other}`, other)] : []),
  ];
}

const COLUMNS: Array<[string, number]> = [
  ['server', 26],
  ['in/s', 5],
  ['p50', 8],
  ['p95', 8],
  ['p99', 8],
  ['p99 min–max', 16],
  ['saved p50', 9],
  ['CPU', 5],
  ['µs/edit', 7],
  ['µs/deliv', 8],
  ['gen CPU', 11],
  ['busiest', 7],
  ['loop p99', 8],
  ['send p99', 8],
];
const HEADER = COLUMNS.map(([name, width], i) => (i === 0 ? name.padEnd(width) : name.padStart(width))).join(
  ' ',
);

const short = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)}` : '—');

function row(s: Summary): string {
  const flags = [
    s.undelivered > 0 ? `${s.undelivered} undelivered` : '',
    s.diverged > 0 ? `${s.diverged} full clients unlike the server` : '',
    s.generatorBound ? 'GENERATOR-BOUND' : '',
  ].filter(Boolean);
  const cells = [
    s.server,
    String(s.rate),
    short(s.latency.p50),
    short(s.latency.p95),
    short(s.latency.p99),
    `${short(Math.min(...s.p99s))}–${short(Math.max(...s.p99s))}`,
    s.durable ? short(s.durable.p50) : '—',
    `${s.serverCpuPercent.toFixed(0)}%`,
    s.serverCpuPerEditUs.toFixed(0),
    s.serverCpuPerDeliveryUs.toFixed(2),
    `${s.generatorCpuPercent.toFixed(0)}% (${s.generatorCpuPercentOfCores.toFixed(0)}%)`,
    `${(s.generatorBusiest * 100).toFixed(0)}%`,
    short(s.generatorEventLoopDelayP99),
    short(s.generatorLagP99),
  ];
  const line = cells
    .map((cell, i) => {
      const width = (COLUMNS[i] as [string, number])[1];
      return i === 0 ? cell.padEnd(width) : cell.padStart(width);
    })
    .join(' ');
  return flags.length > 0 ? `${line}  ${flags.join(', ')}` : line;
}

/** `ours / reference` as text, or why there is none: never from a row the generator bounded. */
function ratio(ours: Summary, reference: Summary, pick: (s: Summary) => number) {
  if (ours.generatorBound || reference.generatorBound)
    return { value: null, text: '— (generator-bound)' } as const;
  const value = pick(ours) / pick(reference);
  return { value, text: `${value.toFixed(2)}×` } as const;
}

const verdict = (value: number | null, ok: (value: number) => boolean) =>
  value === null ? '' : ok(value) ? ' ✔' : ' ✘';

/** The highest steady rate below `below` at which `server` kept up (0 if none). */
const keptUpSteady = (steady: Summary[], server: string, below: number) =>
  Math.max(
    0,
    ...steady
      .filter((s) => s.server === server && s.rate < below && stepOutcome(s, P99_LIMIT_MS) === 'kept up')
      .map((s) => s.rate),
  );

/**
 * A server's saturation in words, and whether it is a measured figure of the server's: the ramp's,
 * or the highest steady rate at which it kept up with the generator not bound, if higher.
 */
function saturationOf(r: RampResult, steady: Summary[], cap: number) {
  const failed = steady.filter((s) => s.server === r.server && stepOutcome(s, P99_LIMIT_MS) === 'failed');
  const failedAt = Math.min(r.failedAt ?? Number.POSITIVE_INFINITY, ...failed.map((s) => s.rate));
  const rate = Math.max(r.saturation < failedAt ? r.saturation : 0, keptUpSteady(steady, r.server, failedAt));
  if (Number.isFinite(failedAt) && r.generatorBoundAt === null)
    return { rate, exact: true, text: `${rate}/s (fails at ${failedAt}/s)` };
  if (Number.isFinite(failedAt))
    return {
      rate,
      exact: false,
      text: `between ${rate} and ${failedAt}/s (generator-bound at ${r.generatorBoundAt}/s)`,
    };
  if (r.generatorBoundAt !== null) return { rate, exact: false, text: `≥ ${rate}/s (generator-bound above)` };
  if (rate >= cap)
    return {
      rate,
      exact: false,
      text: `≥ ${rate}/s (kept up to the limit of ${Limits.updateMessagesPerSecond} updates/s per typist's connection)`,
    };
  return { rate, exact: false, text: `≥ ${rate}/s (kept up at every rate tried)` };
}

export async function fanoutBench(tiny: boolean): Promise<void> {
  const scale = tiny ? TINY : FULL;
  const started = performance.now();
  const loadBefore = machineLoad();
  const fixture = await preparePactum();
  try {
    const targets = servers(fixture);
    const [ours, reference] = targets as [ServerUnderTest, ServerUnderTest];
    const shape = (durationMs: number, warmupMs: number): Omit<LoadShape, 'rate'> => ({
      clients: scale.clients,
      typists: scale.typists,
      fullReceivers: scale.fullReceivers,
      threads: scale.threads,
      warmupMs,
      durationMs,
      drainMs: scale.drainMs,
      seedFile: fixture.seedFile,
    });
    const full = scale.fullReceivers + 1;
    const light = scale.clients - full - scale.typists;
    console.log(
      `fanout: ${scale.clients} clients on one treaty (the sample, ${fs.statSync(fixture.seedFile).size} bytes), ${scale.typists} typing one character per edit; ` +
        `${full} full clients apply every update and are checked against the server's treaty at the end, ${light} light receivers and the typists read each frame's clocks and apply nothing; ` +
        `${scale.durationMs / 1000} s per run, ${scale.runs} run(s), percentiles the median of the runs'; latency = send → every other client has it; ` +
        `Pactum durable (SQLite WAL, synchronous=FULL), the reference keeps nothing; ${describeLoad(loadBefore)}`,
    );
    console.log(
      `columns: latencies in ms; µs/edit = server CPU per input edit, µs/deliv = per delivered edit (edits × ${scale.clients - 1} receivers); ` +
        `gen CPU = the load generator's CPU in % of one core (of all ${os.cpus().length} cores); busiest = event-loop use of its busiest thread; ` +
        `loop p99 = its event-loop delay p99; send p99 = how late the typists sent. A row is ${generatorBoundRule}, and gives no ratio.`,
    );
    console.log(HEADER);
    const steady: Summary[] = [];
    for (const rate of scale.rates) {
      const runs = new Map<ServerUnderTest, Awaited<ReturnType<typeof runLoad>>[]>();
      for (let run = 0; run < scale.runs; run++) {
        // Alternate which server goes first, so neither always gets the calmer half.
        const order = run % 2 === 0 ? targets : [...targets].reverse();
        for (const target of order) {
          const measured = await runLoad(target, { ...shape(scale.durationMs, scale.warmupMs), rate });
          runs.set(target, [...(runs.get(target) ?? []), measured]);
        }
      }
      for (const target of targets) {
        const summary = summarize(runs.get(target) ?? []);
        steady.push(summary);
        console.log(row(summary));
      }
    }
    // Pactum closes a connection that sends more updates per second than any editor does, so
    // rates above that times the typists measure the limit, not the server: the ramp stops there.
    const cap = scale.typists * Limits.updateMessagesPerSecond;
    const rampRates = [...new Set([...scale.rampRates.filter((r) => r <= cap), cap])]
      .filter((r) => r > Math.max(...scale.rates) || scale.rampRates.includes(r))
      .sort((a, b) => a - b);
    console.log(
      `ramp: ${scale.rampDurationMs / 1000} s per step. A server keeps up at a rate while every edit reaches every client within p99 ≤ ${P99_LIMIT_MS} ms, ` +
        `its full clients end like the server and the typists sent ≥ 95% of the rate (a bound generator only lengthens latencies, so such a pass stands); ` +
        `it fails if an edit is undelivered or p99 exceeds ${P99_LIMIT_MS} ms by more than the generator's lateness (loop p99 + send p99); ` +
        `a failed step is tried once more; a step that is neither ends that server's ramp as generator-bound; ` +
        `rates stop at ${cap}/s, Pactum's limit of ${Limits.updateMessagesPerSecond} updates/s per connection × ${scale.typists} typists`,
    );
    console.log(HEADER);
    const ramps = await ramp(
      targets,
      shape(scale.rampDurationMs, scale.rampWarmupMs),
      rampRates,
      scale.rampBisections,
      P99_LIMIT_MS,
      (step) => console.log(row(step)),
      summarize,
      true,
      Object.fromEntries(
        targets.map((target) => [target.name, keptUpSteady(steady, target.name, Number.POSITIVE_INFINITY)]),
      ),
    );
    const loadAfter = machineLoad();

    const at = (server: ServerUnderTest, rate: number) =>
      steady.find((s) => s.server === server.name && s.rate === rate) as Summary;
    const comparisons = scale.rates.map((rate) => {
      const a = at(ours, rate);
      const b = at(reference, rate);
      const p99 = ratio(a, b, (s) => s.latency.p99);
      const cpu = ratio(a, b, (s) => s.serverCpuPerDeliveryUs);
      console.log(
        `fanout ${rate}/s: ${ours.name} p50/p95/p99 ${ms(a.latency.p50)} / ${ms(a.latency.p95)} / ${ms(a.latency.p99)}, reference ${ms(b.latency.p50)} / ${ms(b.latency.p95)} / ${ms(b.latency.p99)}: ` +
          `p99 ${p99.text} (target ≤ ${TARGETS.p99}×${verdict(p99.value, (v) => v <= TARGETS.p99)}); ` +
          `CPU per delivered edit ${a.serverCpuPerDeliveryUs.toFixed(2)} µs against ${b.serverCpuPerDeliveryUs.toFixed(2)} µs: ${cpu.text} ` +
          `(target ≤ ${TARGETS.cpuPerDelivery}×${verdict(cpu.value, (v) => v <= TARGETS.cpuPerDelivery)}); ` +
          `per input edit ${a.serverCpuPerEditUs.toFixed(0)} µs against ${b.serverCpuPerEditUs.toFixed(0)} µs`,
      );
      return { rate, p99Ratio: p99.value, cpuPerDeliveryRatio: cpu.value };
    });
    const rampOf = (server: ServerUnderTest) => ramps.find((r) => r.server === server.name) as RampResult;
    const ourSaturation = saturationOf(rampOf(ours), steady, cap);
    const refSaturation = saturationOf(rampOf(reference), steady, cap);
    const saturationRatio =
      ourSaturation.exact && refSaturation.exact
        ? ourSaturation.rate / Math.max(1, refSaturation.rate)
        : null;
    // With ours only bounded below and the reference's measured, the ratio is bounded below too.
    const saturationLowerBound =
      saturationRatio === null && refSaturation.exact && refSaturation.rate > 0
        ? ourSaturation.rate / refSaturation.rate
        : null;
    console.log(
      `fanout: saturation (every edit to every client, p99 ≤ ${P99_LIMIT_MS} ms, a failure the server's not the generator's) ${ours.name} ${ourSaturation.text}, reference ${refSaturation.text}: ` +
        (saturationRatio !== null
          ? `${saturationRatio.toFixed(2)}× (target ≥ ${TARGETS.saturation}×${verdict(saturationRatio, (v) => v >= TARGETS.saturation)})`
          : `— (${rampOf(ours).generatorBoundAt !== null || rampOf(reference).generatorBoundAt !== null ? 'generator-bound' : 'not saturated at the rates tried'})${saturationLowerBound !== null ? `; ours is at least ${saturationLowerBound.toFixed(2)}× the reference's` : ''} (target ≥ ${TARGETS.saturation}×)`) +
        `; ${describeLoad(loadAfter)}; took ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
    console.log(
      `results: ${writeResults(tiny ? 'fanout-tiny' : 'fanout', {
        clients: scale.clients,
        typists: scale.typists,
        fullClients: full,
        lightReceivers: light,
        runs: scale.runs,
        durationMs: scale.durationMs,
        seedBytes: fs.statSync(fixture.seedFile).size,
        p99LimitMs: P99_LIMIT_MS,
        generatorBoundRule,
        targets: TARGETS,
        machineLoad: { before: loadBefore, after: loadAfter },
        steady,
        comparisons,
        ramp: ramps,
        saturation: {
          ours: ourSaturation,
          reference: refSaturation,
          ratio: saturationRatio,
          ratioAtLeast: saturationLowerBound,
        },
        tookSeconds: (performance.now() - started) / 1000,
      })}`,
    );
  } finally {
    fs.rmSync(fixture.workDir, { recursive: true, force: true });
  }
}
