import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { startPostgres } from '../../../tests/helpers/postgres.ts';
import { startRedis } from '../../../tests/helpers/redis.ts';
import { describeLoad, machineLoad } from '../machineLoad.ts';
import { ms } from '../stats.ts';
import { writeResults } from '../writeResults.ts';
import { clusterServer } from './clusterServer.ts';
import { bottleneck } from './nodesBottleneck.ts';
import { ramp } from './ramp.ts';
import { type LoadShape, type Measurement, runLoad } from './runLoad.ts';
import type { ServerUnderTest } from './serverUnderTest.ts';
import { postgresCpu, redisCpu } from './serviceCpu.ts';
import { type NodesSummary, summarizeNodes } from './summarizeNodes.ts';

const P99_LIMIT_MS = 100;
const CROSS_NODE_TARGET_MS = 2;
const SCALING_TARGET = 1.6;

const FULL = {
  clients: 200,
  typists: 20,
  // Besides the typists: the other 169 receivers are light (loadProtocol.ts), or the generator's
  // CPU on two cores is what the figures measure.
  fullReceivers: 10,
  rates: [100, 250],
  runs: Number(process.env.FANOUT_RUNS ?? 1),
  warmupMs: 5_000,
  durationMs: 30_000,
  drainMs: 10_000,
  rampRates: [100, 200, 400, 800, 1600],
  rampBisections: 1,
  rampWarmupMs: 3_000,
  rampDurationMs: 10_000,
};

const TINY: typeof FULL = {
  // Three receivers: one full, two light.
  clients: 6,
  typists: 2,
  fullReceivers: 1,
  rates: [100],
  runs: 1,
  warmupMs: 300,
  durationMs: 1_000,
  drainMs: 2_000,
  rampRates: [100],
  rampBisections: 0,
  rampWarmupMs: 300,
  rampDurationMs: 1_000,
};

const HEADER = `${'server'.padEnd(16)} ${'in/s'.padStart(5)} ${'p50'.padStart(9)} ${'p99'.padStart(9)} ${'same p50'.padStart(9)} ${'cross p50'.padStart(9)} ${'cross p99'.padStart(9)} ${'µs/edit per node'.padStart(16)} ${'nodes CPU'.padStart(10)} ${'PG CPU'.padStart(6)} ${'Redis'.padStart(6)} ${'gen CPU'.padStart(7)} ${'gen lag'.padStart(9)}`;

const percent = (value: number | undefined) => `${(value ?? Number.NaN).toFixed(0)}%`;

function row(s: NodesSummary): string {
  const flags = [
    s.undelivered > 0 ? `${s.undelivered} undelivered` : '',
    s.diverged > 0 ? `${s.diverged} full clients diverged` : '',
    s.generatorBound ? 'generator-bound: not a server result' : '',
  ].filter(Boolean);
  return [
    s.server.padEnd(16),
    String(s.rate).padStart(5),
    ms(s.latency.p50).padStart(9),
    ms(s.latency.p99).padStart(9),
    ms(s.sameNode?.p50 ?? Number.NaN).padStart(9),
    ms(s.crossNode?.p50 ?? Number.NaN).padStart(9),
    ms(s.crossNode?.p99 ?? Number.NaN).padStart(9),
    s.nodeCpuPerEditUs
      .map((us) => us.toFixed(0))
      .join(' / ')
      .padStart(16),
    s.nodeCpuPercent
      .map((cpu) => percent(cpu))
      .join('/')
      .padStart(10),
    percent(s.serviceCpuPercent.postgres).padStart(6),
    percent(s.serviceCpuPercent.redis).padStart(6),
    percent(s.generatorCpuPercent).padStart(7),
    ms(s.generatorLagP99).padStart(9),
    flags.length > 0 ? ` (${flags.join(', ')})` : '',
  ].join(' ');
}

/**
 * `npm run bench -- fanout --nodes N`: the fanout load against one Pactum node
 * and against N nodes on the same Postgres and Redis, in the same run, the
 * clients spread evenly over the N nodes.
 */
export async function fanoutNodesBench(tiny: boolean, nodes: number): Promise<void> {
  const scale = tiny ? TINY : FULL;
  const loadBefore = machineLoad();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-fanout-nodes-'));
  const postgres = await startPostgres({ durable: true });
  const redis = await startRedis().catch(async (error) => {
    await postgres.stop();
    throw error;
  });
  try {
    const seedFile = path.join(workDir, 'seed.bin');
    // The nodes hold the sample treaty; the seeding client brings nothing.
    fs.writeFileSync(seedFile, Y.encodeStateAsUpdate(new Y.Doc()));
    const fixture = {
      workDir,
      adminToken: crypto.randomBytes(24).toString('base64url'),
      postgres,
      redisUrl: redis.url,
      services: [
        { name: 'postgres', cpuMs: postgresCpu(Number(new URL(postgres.url).port)) },
        { name: 'redis', cpuMs: redisCpu(Number(new URL(redis.url).port)) },
      ],
    };
    const single = clusterServer(fixture, 1);
    const several = clusterServer(fixture, nodes);
    const targets = [single, several];
    const shape = (durationMs: number, warmupMs: number): Omit<LoadShape, 'rate'> => ({
      clients: scale.clients,
      typists: scale.typists,
      fullReceivers: scale.fullReceivers,
      warmupMs,
      durationMs,
      drainMs: scale.drainMs,
      seedFile,
    });
    const cores = os.cpus().length;
    console.log(
      `fanout --nodes ${nodes}: ${scale.clients} clients on the sample treaty, ${scale.typists} typing, against 1 Pactum node and ${nodes} nodes ` +
        `(clients spread evenly) on one Postgres (fsync on) and one Redis; ${scale.durationMs / 1000} s per run, ${scale.runs} run(s); ` +
        `same = the typist's node, cross = the other node(s); µs/edit = node CPU per delivered edit; ${describeLoad(loadBefore)}`,
    );
    console.log(HEADER);
    const steady: NodesSummary[] = [];
    for (const rate of scale.rates) {
      const runs = new Map<ServerUnderTest, Measurement[]>();
      for (let run = 0; run < scale.runs; run++) {
        const order = run % 2 === 0 ? targets : [...targets].reverse();
        for (const target of order) {
          const measured = await runLoad(target, { ...shape(scale.durationMs, scale.warmupMs), rate });
          runs.set(target, [...(runs.get(target) ?? []), measured]);
        }
      }
      for (const target of targets) {
        const summary = summarizeNodes(runs.get(target) ?? []);
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
      summarizeNodes,
    );
    const loadAfter = machineLoad();

    const at = (server: ServerUnderTest, rate: number) =>
      steady.find((s) => s.server === server.name && s.rate === rate) as NodesSummary;
    const crossNode = scale.rates.map((rate) => {
      const one = at(single, rate);
      const spread = at(several, rate);
      const crossP50 = spread.crossNode?.p50 ?? Number.NaN;
      const excessMs = crossP50 - one.latency.p50;
      const serverResult = !one.generatorBound && !spread.generatorBound;
      console.log(
        `fanout --nodes ${nodes} ${rate}/s: cross-node p50 ${ms(crossP50)} (same-node ${ms(spread.sameNode?.p50 ?? Number.NaN)}) ` +
          `against 1 node's p50 ${ms(one.latency.p50)}: ${excessMs >= 0 ? '+' : ''}${excessMs.toFixed(1)} ms (target ≤ +${CROSS_NODE_TARGET_MS} ms)` +
          (serverResult ? '' : '; the generator was the bottleneck: not a server result'),
      );
      return { rate, crossP50, singleP50: one.latency.p50, excessMs, serverResult };
    });

    const saturation = ramps.map((r) => ({ ...r, bottleneck: bottleneck(r, P99_LIMIT_MS) }));
    const [one, spread] = saturation as [(typeof saturation)[number], (typeof saturation)[number]];
    const label = (r: typeof one) => `${r.neverSaturated ? '≥ ' : ''}${r.saturation}/s`;
    const scaling = spread.saturation / Math.max(1, one.saturation);
    const generatorBound = one.bottleneck.generator || spread.bottleneck.generator;
    console.log(
      `fanout --nodes ${nodes}: saturation (p99 > ${P99_LIMIT_MS} ms) 1 node ${label(one)} (${one.bottleneck.where}), ` +
        `${nodes} nodes ${label(spread)} (${spread.bottleneck.where}): ${scaling.toFixed(2)}× (target ≥ ${SCALING_TARGET}×)` +
        (generatorBound ? '; the generator was the bottleneck: not a server result' : ''),
    );
    // A node, Postgres, Redis and the generator each want a core of their own for the ratio to mean scaling.
    const wanted = nodes + 3;
    const fair = cores >= wanted;
    console.log(
      fair
        ? `fanout --nodes ${nodes}: ${cores} cores for ${nodes} nodes, Postgres, Redis and the generator; ${describeLoad(loadAfter)}`
        : `fanout --nodes ${nodes}: not a fair test of scaling here: ${cores} cores are shared by ${nodes} nodes, Postgres, Redis and the generator ` +
            `(it wants ≥ ${wanted}), so ${nodes} nodes cannot get ${nodes}× one node's CPU; ${describeLoad(loadAfter)}`,
    );
    console.log(
      `results: ${writeResults(tiny ? `fanout-${nodes}nodes-tiny` : `fanout-${nodes}nodes`, {
        nodes,
        clients: scale.clients,
        typists: scale.typists,
        runs: scale.runs,
        durationMs: scale.durationMs,
        p99LimitMs: P99_LIMIT_MS,
        machineLoad: { before: loadBefore, after: loadAfter },
        fair,
        steady,
        crossNode,
        ramp: saturation,
        scaling: { ratio: scaling, target: SCALING_TARGET, generatorBound },
      })}`,
    );
  } finally {
    await Promise.all([postgres.stop(), redis.stop()]);
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}
