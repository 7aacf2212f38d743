// The load generator, in a process of its own so that its CPU is not the server's:
// `node --import tsx loadGenerator.ts '<LoadConfig as JSON>'`, talking to its parent over IPC.
import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { stats } from '../stats.ts';
import { LatencyTracker } from './LatencyTracker.ts';
import { LoadClient } from './LoadClient.ts';
import type { GeneratorMessage, LoadConfig, LoadResult } from './loadProtocol.ts';
import { typingTarget } from './typingTarget.ts';

const CONNECT_BATCH = 25;
const KEYS = 'treaty text ';

const send = (message: GeneratorMessage) => process.send?.(message);

/** What the clients report to, set once the typists are known. */
interface Hooks {
  applied(client: LoadClient): void;
  durable(client: LoadClient, seq: number): void;
}

async function connectAll(config: LoadConfig, hooks: Hooks) {
  const seed = new Uint8Array(fs.readFileSync(config.seedFile));
  const options = {
    url: config.url,
    headers: config.headers,
    barriers: config.barriers,
    onApplied: (client: LoadClient) => hooks.applied(client),
    onDurable: (client: LoadClient, seq: number) => hooks.durable(client, seq),
  };
  // Client 0 starts with the document and hands it to a server that lacks it (the reference);
  // for ours the difference is empty. The others join empty and receive it from the server.
  const seeder = new LoadClient(0, options, seed);
  await seeder.opened;
  await seeder.roundTrip();
  await seeder.roundTrip();
  const clients = [seeder];
  for (let start = 1; start < config.clients; start += CONNECT_BATCH) {
    const batch: LoadClient[] = [];
    for (let index = start; index < Math.min(config.clients, start + CONNECT_BATCH); index++) {
      batch.push(new LoadClient(index, options));
    }
    await Promise.all(batch.map((client) => client.opened.then(() => client.roundTrip())));
    clients.push(...batch);
  }
  return clients;
}

async function run(config: LoadConfig): Promise<LoadResult> {
  if (config.typists < 1 || config.typists >= config.clients) {
    throw new Error(
      `need 1 to ${config.clients - 1} typists besides the first client, got ${config.typists}`,
    );
  }
  const hooks: Hooks = { applied: () => {}, durable: () => {} };
  const connectStart = performance.now();
  const clients = await connectAll(config, hooks);
  const connectMs = performance.now() - connectStart;
  const typists = Array.from({ length: config.typists }, (_, t) => {
    const client = clients[1 + Math.floor((t * (config.clients - 1)) / config.typists)] as LoadClient;
    client.startTyping();
    return { client, target: typingTarget(client.doc, t), sentAt: [] as number[], confirmed: 0 };
  });
  const tracker = new LatencyTracker(
    config.clients,
    typists.map(({ client }) => client.doc.clientID),
    typists.map(({ client }) => client.index),
  );
  hooks.applied = (client) => tracker.applied(client.index, client.doc, performance.now());
  const durable: number[] = [];
  let measureFrom = Number.POSITIVE_INFINITY;
  const typistOf = new Map(typists.map((typist) => [typist.client, typist]));
  // Each barrier follows exactly one edit, so Durable(n) confirms the typist's first n edits.
  hooks.durable = (client, seq) => {
    const typist = typistOf.get(client);
    if (!typist) return;
    const now = performance.now();
    for (; typist.confirmed < seq; typist.confirmed++) {
      const sentAt = typist.sentAt[typist.confirmed];
      if (sentAt !== undefined && sentAt >= measureFrom) durable.push(now - sentAt);
    }
  };
  let measuring = false;

  const interval = 1000 / config.rate;
  const start = performance.now();
  measureFrom = start + config.warmupMs;
  const measureTo = measureFrom + config.durationMs;
  const lags: number[] = [];
  let sent = 0;
  let cpuAtStart = process.cpuUsage();
  await new Promise<void>((resolve) => {
    const tick = () => {
      let now = performance.now();
      if (!measuring && now >= measureFrom) {
        measuring = true;
        cpuAtStart = process.cpuUsage();
        send({ type: 'measuring' });
      }
      while (start + sent * interval <= now && start + sent * interval < measureTo) {
        const due = start + sent * interval;
        const typistIndex = sent % typists.length;
        const typist = typists[typistIndex] as (typeof typists)[number];
        const key = KEYS[Math.floor(sent / typists.length) % KEYS.length] as string;
        now = performance.now();
        const clock = typist.client.type(typist.target, key);
        typist.sentAt.push(now);
        tracker.sent(typistIndex, clock, now, due >= measureFrom);
        if (due >= measureFrom) lags.push(now - due);
        sent += 1;
      }
      if (start + sent * interval >= measureTo) {
        resolve();
        return;
      }
      setTimeout(tick, Math.max(0, start + sent * interval - performance.now()));
    };
    tick();
  });
  const cpu = process.cpuUsage(cpuAtStart);
  const windowMs = performance.now() - measureFrom;
  send({ type: 'measured' });
  const drainUntil = performance.now() + config.drainMs;
  while (tracker.pending > 0 && performance.now() < drainUntil) await sleep(20);
  const measuredSent = lags.length;
  const result: LoadResult = {
    latencies: tracker.latencies,
    durable,
    sent: measuredSent,
    undelivered: tracker.pending,
    achievedRate: (measuredSent / config.durationMs) * 1000,
    lag: stats(lags),
    generatorCpuPercent: ((cpu.user + cpu.system) / 1000 / windowMs) * 100,
    connectMs,
  };
  for (const client of clients) client.close();
  return result;
}

const finish = (message: GeneratorMessage, code: number) => process.send?.(message, () => process.exit(code));

const config = JSON.parse(process.argv[2] as string) as LoadConfig;
run(config).then(
  (result) => finish({ type: 'result', result }, 0),
  (error: Error) => finish({ type: 'error', message: error.stack ?? error.message }, 1),
);
