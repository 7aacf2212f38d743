// The load generator, in a process of its own so that its CPU is not the server's:
// `node --import tsx loadGenerator.ts '<LoadConfig as JSON>'`, talking to its parent over IPC.
// Its clients are spread over worker threads (one per core by default), so that applying every
// update in 200 Y.Docs is not capped at one core; all threads read one monotonic clock.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { stats } from '../stats.ts';
import { now } from './clock.ts';
import type {
  FromWorker,
  GeneratorMessage,
  LoadConfig,
  LoadResult,
  Schedule,
  TypistInfo,
} from './loadProtocol.ts';
import { nodeOfClient } from './nodeOfClient.ts';

const YOUNG_GENERATION_MB = 192;
/**
 * The server under test gets the CPU first: it has one thread, the generator one per core and
 * takes what is left, so a server is not slowed by the load it is measured with. Linux niceness
 * is per thread and inherited by threads started later, so it is set before the workers start.
 */
const GENERATOR_NICE = 5;
/** Time for every thread to hear the schedule before the first edit is due. */
const START_DELAY_MS = 200;

const send = (message: GeneratorMessage) => process.send?.(message);

function startWorker(config: LoadConfig, shard: number, shards: number) {
  const worker = new Worker(new URL('./workerBoot.mjs', import.meta.url), {
    workerData: { entry: new URL('./loadWorker.ts', import.meta.url).href, config, shard, shards },
    // 100 Y.Docs applying thousands of updates a second allocate fast: fewer, larger scavenges.
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  const queue: FromWorker[] = [];
  const waiting: Array<(message: FromWorker) => void> = [];
  let failure: Error | null = null;
  const deliver = (message: FromWorker) => {
    const resolve = waiting.shift();
    if (resolve) resolve(message);
    else queue.push(message);
  };
  worker.on('message', deliver);
  worker.on('error', (error) => {
    failure = error;
    deliver({ type: 'error', message: error.stack ?? error.message });
  });
  return {
    worker,
    /** The next message of this thread; throws if it failed. */
    async receive<T extends FromWorker['type']>(type: T): Promise<Extract<FromWorker, { type: T }>> {
      const message = queue.shift() ?? (await new Promise<FromWorker>((resolve) => waiting.push(resolve)));
      if (message.type === 'error') throw failure ?? new Error(message.message);
      if (message.type !== type)
        throw new Error(`expected ${type} from thread ${shard}, got ${message.type}`);
      return message as Extract<FromWorker, { type: T }>;
    },
  };
}

async function run(config: LoadConfig): Promise<LoadResult> {
  if (config.typists < 1 || config.typists >= config.clients) {
    throw new Error(
      `need 1 to ${config.clients - 1} typists besides the first client, got ${config.typists}`,
    );
  }
  const shards = Math.max(1, Math.min(config.threads || os.cpus().length, config.clients));
  os.setPriority(GENERATOR_NICE);
  const connectStart = now();
  const threads = Array.from({ length: shards }, (_, shard) => startWorker(config, shard, shards));
  try {
    await threads[0]?.receive('seeded');
    for (const { worker } of threads) worker.postMessage({ type: 'connect' });
    const typists: TypistInfo[] = [];
    for (const thread of threads) typists.push(...(await thread.receive('connected')).typists);
    typists.sort((a, b) => a.typist - b.typist);
    const connectMs = now() - connectStart;

    const t0 = now() + START_DELAY_MS;
    const schedule: Schedule = {
      t0,
      interval: 1000 / config.rate,
      edits: Math.ceil(((config.warmupMs + config.durationMs) * config.rate) / 1000),
      measureFrom: t0 + config.warmupMs,
      measureTo: t0 + config.warmupMs + config.durationMs,
      typists,
    };
    for (const { worker } of threads) worker.postMessage({ type: 'start', schedule });
    // The window's ends are marked by timers; a thread's report can beat the last one by a tick.
    let cpuAtStart: NodeJS.CpuUsage | null = null;
    let cpu: NodeJS.CpuUsage | null = null;
    const startMeasuring = () => {
      if (cpuAtStart) return;
      cpuAtStart = process.cpuUsage();
      send({ type: 'measuring' });
    };
    const stopMeasuring = () => {
      if (cpu) return;
      startMeasuring();
      cpu = process.cpuUsage(cpuAtStart ?? undefined);
      send({ type: 'measured' });
    };
    const timers = [
      setTimeout(startMeasuring, schedule.measureFrom - now()),
      setTimeout(stopMeasuring, schedule.measureTo - now()),
    ];
    const done: Array<Extract<FromWorker, { type: 'done' }>> = [];
    for (const thread of threads) done.push(await thread.receive('done'));
    stopMeasuring();
    for (const timer of timers) clearTimeout(timer);
    const usage = cpu ?? { user: 0, system: 0 };

    const latencies: number[] = [];
    const sameNode: number[] = [];
    const crossNode: number[] = [];
    const nodes = config.nodeUrls?.length ?? 1;
    let undelivered = 0;
    let sent = 0;
    typists.forEach((_, t) => {
      const perTypist = done[0]?.doneAt[t]?.length ?? 0;
      for (let k = 0; k < perTypist; k++) {
        const due = t0 + (t + k * typists.length) * schedule.interval;
        if (due < schedule.measureFrom || due >= schedule.measureTo) continue;
        const sentAt = Math.max(
          ...done.map((d) => d.sentAt[t]?.[k] ?? Number.NaN).filter((x) => !Number.isNaN(x)),
        );
        const appliedAt = Math.max(...done.map((d) => d.doneAt[t]?.[k] ?? Number.NaN));
        sent += 1;
        if (Number.isNaN(appliedAt)) undelivered += 1;
        else latencies.push(appliedAt - sentAt);
        if (nodes < 2) continue;
        const home = nodeOfClient(typists[t]?.clientIndex as number, config.clients, nodes);
        const appliedOn = (node: number) =>
          Math.max(...done.map((d) => d.doneAtByNode[node]?.[t]?.[k] as number));
        const others = Array.from({ length: nodes }, (_, node) => node).filter((node) => node !== home);
        const same = appliedOn(home);
        const cross = Math.max(...others.map(appliedOn));
        if (Number.isFinite(same)) sameNode.push(same - sentAt);
        if (Number.isFinite(cross)) crossNode.push(cross - sentAt);
      }
    });
    const digests = done.flatMap((d) => d.fullDigests);
    const serverDigest = done[0]?.serverDigest;
    return {
      latencies,
      diverged: digests.filter((digest) => digest !== serverDigest).length,
      fullClients: digests.length,
      lightReceivers: done.reduce((sum, d) => sum + d.lightReceivers, 0),
      lightTypists: done.reduce((sum, d) => sum + d.lightTypists, 0),
      durable: done.flatMap((d) => d.durable),
      sent,
      undelivered,
      achievedRate: (sent / config.durationMs) * 1000,
      lag: stats(done.flatMap((d) => d.lags)),
      generatorCpuPercent: ((usage.user + usage.system) / 1000 / config.durationMs) * 100,
      generatorThreads: shards,
      generatorBusiest: Math.max(...done.map((d) => d.busy)),
      generatorEventLoopDelayP99Ms: Math.max(...done.map((d) => d.eventLoopDelayP99Ms)),
      connectMs,
      sameNode,
      crossNode,
    };
  } finally {
    await Promise.all(threads.map(({ worker }) => worker.terminate()));
  }
}

const finish = (message: GeneratorMessage, code: number) => process.send?.(message, () => process.exit(code));

const config = JSON.parse(process.argv[2] as string) as LoadConfig;
run(config).then(
  (result) => finish({ type: 'result', result }, 0),
  (error: Error) => finish({ type: 'error', message: error.stack ?? error.message }, 1),
);
