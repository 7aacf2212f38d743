import fs from 'node:fs';
import { describeLoad, machineLoad } from '../machineLoad.ts';
import { ms } from '../stats.ts';
import { writeResults } from '../writeResults.ts';
import { type PactumFixture, pactumServer, preparePactum } from './pactumServer.ts';
import { ramp } from './ramp.ts';
import { referenceServer } from './referenceServer.ts';
import { type LoadShape, runLoad } from './runLoad.ts';
import type { ServerUnderTest } from './serverUnderTest.ts';
import { keptUp, type Summary, summarize } from './summarize.ts';

const P99_LIMIT_MS = 100;

const FULL = {
  clients: 200,
  typists: 20,
  rates: [100, 250],
  runs: Number(process.env.FANOUT_RUNS ?? 3),
  warmupMs: 5_000,
  durationMs: 60_000,
  drainMs: 10_000,
  rampRates: [100, 200, 400, 800, 1600, 3200],
  rampBisections: 2,
  rampWarmupMs: 3_000,
  rampDurationMs: 12_000,
};

const TINY: typeof FULL = {
  clients: 4,
  typists: 2,
  rates: [100, 250],
  runs: 1,
  warmupMs: 500,
  durationMs: 2_000,
  drainMs: 3_000,
  rampRates: [100, 200],
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

const HEADER = `${'server'.padEnd(28)} ${'in/s'.padStart(5)} ${'p50'.padStart(9)} ${'p95'.padStart(9)} ${'p99'.padStart(9)}   ${'p99 min – max'.padEnd(19)} ${'saved p50'.padStart(9)} ${'CPU'.padStart(5)} ${'µs/edit'.padStart(7)} ${'RSS'.padStart(8)} ${'gen CPU'.padStart(7)} ${'gen lag'.padStart(9)}`;

function row(s: Summary): string {
  const spread = `${ms(Math.min(...s.p99s))} – ${ms(Math.max(...s.p99s))}`;
  const flags = [
    s.undelivered > 0 ? `${s.undelivered} undelivered` : '',
    s.diverged > 0 ? `${s.diverged} clients diverged` : '',
    s.generatorBound ? 'generator-bound' : '',
  ].filter(Boolean);
  return [
    s.server.padEnd(28),
    String(s.rate).padStart(5),
    ms(s.latency.p50).padStart(9),
    ms(s.latency.p95).padStart(9),
    ms(s.latency.p99).padStart(9),
    ` ${spread.padEnd(19)}`,
    (s.durable ? ms(s.durable.p50) : '—').padStart(9),
    `${s.serverCpuPercent.toFixed(0)}%`.padStart(5),
    s.serverCpuPerEditUs.toFixed(0).padStart(7),
    `${s.serverRssPeakMiB.toFixed(0)} MiB`.padStart(8),
    `${s.generatorCpuPercent.toFixed(0)}%`.padStart(7),
    ms(s.generatorLagP99).padStart(9),
    flags.length > 0 ? ` (${flags.join(', ')})` : '',
  ].join(' ');
}

export async function fanoutBench(tiny: boolean): Promise<void> {
  const scale = tiny ? TINY : FULL;
  const loadBefore = machineLoad();
  const fixture = await preparePactum();
  try {
    const targets = servers(fixture);
    const [ours, reference] = targets as [ServerUnderTest, ServerUnderTest];
    const shape = (durationMs: number, warmupMs: number): Omit<LoadShape, 'rate'> => ({
      clients: scale.clients,
      typists: scale.typists,
      warmupMs,
      durationMs,
      drainMs: scale.drainMs,
      seedFile: fixture.seedFile,
    });
    console.log(
      `fanout: ${scale.clients} clients on one treaty (the sample, ${fs.statSync(fixture.seedFile).size} bytes), ` +
        `${scale.typists} of them typing one character per edit; ${scale.durationMs / 1000} s per run, ${scale.runs} run(s); ` +
        `latency = send → every other client applied it (percentiles: median of the runs'); durability on (SQLite WAL, synchronous=FULL); ${describeLoad(loadBefore)}`,
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
    console.log(`ramp: ${scale.rampDurationMs / 1000} s per step until p99 > ${P99_LIMIT_MS} ms`);
    console.log(HEADER);
    const ramps = await ramp(
      targets,
      shape(scale.rampDurationMs, scale.rampWarmupMs),
      scale.rampRates,
      scale.rampBisections,
      P99_LIMIT_MS,
      (step) => console.log(row(step)),
    );
    const loadAfter = machineLoad();

    const at = (server: ServerUnderTest, rate: number) =>
      steady.find((s) => s.server === server.name && s.rate === rate) as Summary;
    for (const rate of scale.rates) {
      const ratio = at(ours, rate).latency.p99 / at(reference, rate).latency.p99;
      console.log(
        `fanout ${rate}/s: ${ours.name} p99 ${ms(at(ours, rate).latency.p99)} is ${ratio.toFixed(2)}× the reference's ${ms(at(reference, rate).latency.p99)} (target ≤ 0.5×)`,
      );
    }
    const saturation = (server: ServerUnderTest) => ramps.find((r) => r.server === server.name);
    const ourSaturation = saturation(ours);
    const refSaturation = saturation(reference);
    const label = (r: typeof ourSaturation) => `${r?.neverSaturated ? '≥ ' : ''}${r?.saturation ?? 0}/s`;
    const satRatio = (ourSaturation?.saturation ?? 0) / Math.max(1, refSaturation?.saturation ?? 0);
    console.log(
      `fanout: saturation (p99 > ${P99_LIMIT_MS} ms) ${ours.name} ${label(ourSaturation)}, reference ${label(refSaturation)}: ${satRatio.toFixed(2)}× (target ≥ 1.5×); ${describeLoad(loadAfter)}`,
    );
    // Where the generator, not the server, gave out, the server's CPU per edit tells how far it could go.
    const capacity = ramps.map((r) => {
      const kept = r.steps.filter((s) => s.rate === r.saturation && keptUp(s, P99_LIMIT_MS)).at(-1);
      const perEditUs = kept?.serverCpuPerEditUs ?? Number.NaN;
      return { server: r.server, rate: r.saturation, perEditUs, oneCoreRate: 1e6 / perEditUs };
    });
    for (const c of capacity) {
      if (!Number.isFinite(c.perEditUs)) continue;
      console.log(
        `fanout: at ${c.rate}/s ${c.server} spent ${c.perEditUs.toFixed(0)} µs of CPU per edit: one core would carry about ${c.oneCoreRate.toFixed(0)} edits/s`,
      );
    }
    console.log(
      `results: ${writeResults(tiny ? 'fanout-tiny' : 'fanout', {
        clients: scale.clients,
        typists: scale.typists,
        runs: scale.runs,
        durationMs: scale.durationMs,
        seedBytes: fs.statSync(fixture.seedFile).size,
        p99LimitMs: P99_LIMIT_MS,
        machineLoad: { before: loadBefore, after: loadAfter },
        steady,
        ramp: ramps,
        capacity,
      })}`,
    );
  } finally {
    fs.rmSync(fixture.workDir, { recursive: true, force: true });
  }
}
