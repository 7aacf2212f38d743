import { fork } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pactumServer, preparePactum } from './fanout/pactumServer.ts';
import { type Measurement, runLoad } from './fanout/runLoad.ts';
import { commitProbe } from './idleCommitProbe.ts';
import { describeLoad, machineLoad } from './machineLoad.ts';
import { spawnServer } from './spawnServer.ts';
import { type Stats, stats } from './stats.ts';
import { writeResults } from './writeResults.ts';

const FULL = { clients: 20, typists: 2, rate: 100, runs: 3, warmupMs: 3_000, durationMs: 30_000 };
const TINY: typeof FULL = { clients: 4, typists: 2, rate: 100, runs: 1, warmupMs: 300, durationMs: 1_000 };
/** About the size of a one-character Yjs update frame. */
const PROBE_BYTES = 24;
const TARGET_OVER_RTT_MS = 0.5;

/** The anchor: round trips to an echo server in another process, from a probe in a third. */
async function rawRoundTrips(rate: number, warmupMs: number, durationMs: number): Promise<number[]> {
  const echo = await spawnServer(
    ['--import', 'tsx', fileURLToPath(new URL('./idleEchoServer.ts', import.meta.url))],
    {
      cwd: fileURLToPath(new URL('.', import.meta.url)),
      env: {},
      ready: /echo server on port (\d+)/,
      name: 'the echo server',
    },
  );
  try {
    const config = { url: `ws://127.0.0.1:${echo.port}`, rate, warmupMs, durationMs, bytes: PROBE_BYTES };
    const probe = fork(
      fileURLToPath(new URL('./idleRttProbe.ts', import.meta.url)),
      [JSON.stringify(config)],
      {
        execArgv: ['--import', 'tsx'],
      },
    );
    return await new Promise((resolve, reject) => {
      probe.on('message', (message: { rtts?: number[]; error?: string }) =>
        message.rtts ? resolve(message.rtts) : reject(new Error(`round-trip probe failed: ${message.error}`)),
      );
      probe.on('exit', (code) => reject(new Error(`round-trip probe exited with ${code}`)));
    });
  } finally {
    await echo.stop();
  }
}

const row = (name: string, s: Stats) =>
  `${name.padEnd(52)} ${ms2(s.p50).padStart(9)} ${ms2(s.p95).padStart(9)} ${ms2(s.p99).padStart(9)}`;
const ms2 = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)} ms` : '—');

export async function idleBench(tiny: boolean): Promise<void> {
  const scale = tiny ? TINY : FULL;
  const loadBefore = machineLoad();
  const fixture = await preparePactum();
  try {
    const ours = pactumServer(fixture);
    const seed = new Uint8Array(fs.readFileSync(fixture.seedFile));
    const rtts: number[] = [];
    const commits: number[] = [];
    const measurements: Measurement[] = [];
    for (let run = 0; run < scale.runs; run++) {
      rtts.push(...(await rawRoundTrips(scale.rate, scale.warmupMs, scale.durationMs)));
      measurements.push(
        await runLoad(ours, {
          clients: scale.clients,
          typists: scale.typists,
          rate: scale.rate,
          warmupMs: scale.warmupMs,
          durationMs: scale.durationMs,
          drainMs: 5_000,
          seedFile: fixture.seedFile,
        }),
      );
      commits.push(...(await commitProbe(seed, scale.rate, Math.min(scale.durationMs, 10_000))));
    }
    const raw = stats(rtts);
    const pactum = stats(measurements.flatMap((m) => m.latencies));
    const durable = stats(measurements.flatMap((m) => m.durable));
    const commit = stats(commits);
    const undelivered = measurements.reduce((sum, m) => sum + m.undelivered, 0);
    const limit = raw.p50 + TARGET_OVER_RTT_MS;
    console.log(
      `idle: ${scale.clients} clients, ${scale.typists} typing, ${scale.rate} edits/s in all, ${scale.durationMs / 1000} s per run, ${scale.runs} run(s); ${describeLoad(loadBefore)}`,
    );
    console.log(`${''.padEnd(52)} ${'p50'.padStart(9)} ${'p95'.padStart(9)} ${'p99'.padStart(9)}`);
    console.log(row('raw ws round trip, probe → echo process → probe', raw));
    console.log(row(`Pactum, send → all ${scale.clients - 1} others applied`, pactum));
    console.log(row('Pactum, send → Durable at the typist', durable));
    console.log(row('store commit alone (WAL, synchronous=FULL, same disk)', commit));
    const verdict = pactum.p50 <= limit ? 'met' : `missed by ${ms2(pactum.p50 - limit)}`;
    console.log(
      `idle: Pactum p50 ${ms2(pactum.p50)} against raw RTT ${ms2(raw.p50)} + ${TARGET_OVER_RTT_MS} ms = ${ms2(limit)}: ${verdict}` +
        `${undelivered > 0 ? `; ${undelivered} edits undelivered` : ''}; one commit alone takes ${ms2(commit.p50)} (p50)`,
    );
    console.log(
      `results: ${writeResults(tiny ? 'idle-tiny' : 'idle', {
        clients: scale.clients,
        typists: scale.typists,
        rate: scale.rate,
        runs: scale.runs,
        durationMs: scale.durationMs,
        machineLoad: { before: loadBefore, after: machineLoad() },
        rawRoundTrip: raw,
        pactum,
        durable,
        storeCommit: commit,
        undelivered,
        serverCpuPercent: stats(measurements.map((m) => m.serverCpuPercent)).median,
        generatorCpuPercent: stats(measurements.map((m) => m.generatorCpuPercent)).median,
        targetMs: limit,
        met: pactum.p50 <= limit,
      })}`,
    );
  } finally {
    fs.rmSync(fixture.workDir, { recursive: true, force: true });
  }
}
