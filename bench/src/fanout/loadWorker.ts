// One thread of the load generator: its share of the clients, the typists among them, and when
// its receivers applied each edit. Started by loadGenerator.ts through workerBoot.mjs.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { TREATY_FRAGMENT } from '@pactum/shared';
import * as Y from 'yjs';
import { CompletionTracker } from './CompletionTracker.ts';
import { now } from './clock.ts';
import { LoadClient, type LoadClientOptions } from './LoadClient.ts';
import type { FromWorker, LoadConfig, Schedule, ToWorker, TypistInfo } from './loadProtocol.ts';
import { nodeOfClient } from './nodeOfClient.ts';
import { typingTarget } from './typingTarget.ts';

const CONNECT_BATCH = 25;
const DELAY_RESOLUTION_MS = 2;
const KEYS = 'treaty text ';

const { config, shard, shards } = workerData as { config: LoadConfig; shard: number; shards: number };
const port = parentPort as NonNullable<typeof parentPort>;
const post = (message: FromWorker) => port.postMessage(message);
const next = <T extends ToWorker['type']>(type: T) =>
  new Promise<Extract<ToWorker, { type: T }>>((resolve) => {
    const listener = (message: ToWorker) => {
      if (message.type !== type) return;
      port.off('message', listener);
      resolve(message as Extract<ToWorker, { type: T }>);
    };
    port.on('message', listener);
  });

/** The client index of typist `t`: spread over the clients, never the seeding client 0. */
const typistClient = (t: number, clients: number, typists: number) =>
  1 + Math.floor((t * (clients - 1)) / typists);

let applied: (client: LoadClient) => void = () => {};
let durable: (client: LoadClient, seq: number) => void = () => {};
const nodeUrls = config.nodeUrls ?? [config.url];
const nodeOf = (index: number) => nodeOfClient(index, config.clients, nodeUrls.length);
const typistIndices = new Set(
  Array.from({ length: config.typists }, (_, t) => typistClient(t, config.clients, config.typists)),
);
/**
 * The seeder and `fullReceivers` others spread over the clients (and so the nodes) are full. The
 * typists are light: each types into a paragraph of its own, so what it sends is the same whether
 * or not it applied the others' edits.
 */
const isLight = (index: number) => {
  if (config.fullReceivers === undefined || index === 0) return false;
  if (typistIndices.has(index)) return true;
  const receiver = index - 1 - [...typistIndices].filter((typist) => typist < index).length;
  const stride = Math.max(1, Math.floor((config.clients - 1 - config.typists) / config.fullReceivers));
  return receiver % stride !== 0 || receiver / stride >= config.fullReceivers;
};
const options = (index: number): LoadClientOptions => ({
  url: nodeUrls[nodeOf(index)] as string,
  light: isLight(index),
  typist: typistIndices.has(index),
  headers: config.headers,
  barriers: config.barriers,
  onApplied: (client: LoadClient) => applied(client),
  onDurable: (client: LoadClient, seq: number) => durable(client, seq),
});

async function connect(): Promise<LoadClient[]> {
  const clients: LoadClient[] = [];
  if (shard === 0) {
    // Client 0 starts with the document and hands it to a server that lacks it (the reference);
    // for ours the difference is empty. Two round trips: the server has processed its sync step 2.
    const seeder = new LoadClient(0, options(0), new Uint8Array(fs.readFileSync(config.seedFile)));
    await seeder.opened;
    await seeder.roundTrip();
    await seeder.roundTrip();
    clients.push(seeder);
    post({ type: 'seeded' });
  }
  await next('connect');
  const indices: number[] = [];
  for (let index = 1; index < config.clients; index++) if (index % shards === shard) indices.push(index);
  for (let start = 0; start < indices.length; start += CONNECT_BATCH) {
    const batch = indices
      .slice(start, start + CONNECT_BATCH)
      .map((index) => new LoadClient(index, options(index)));
    await Promise.all(batch.map((client) => client.opened.then(() => client.roundTrip())));
    clients.push(...batch);
  }
  return clients;
}

async function run(): Promise<void> {
  const clients = await connect();
  const byIndex = new Map(clients.map((client) => [client.index, client]));
  const local: Array<TypistInfo & { client: LoadClient; target: Y.XmlText }> = [];
  for (let typist = 0; typist < config.typists; typist++) {
    const client = byIndex.get(typistClient(typist, config.clients, config.typists));
    if (!client) continue;
    client.startTyping();
    const target = typingTarget(client.doc, typist);
    const clientId = client.doc.clientID;
    local.push({
      typist,
      clientIndex: client.index,
      clientId,
      startClock: Y.getState(client.doc.store, clientId),
      client,
      target,
    });
  }
  post({
    type: 'connected',
    typists: local.map(({ typist, clientIndex, clientId, startClock }) => ({
      typist,
      clientIndex,
      clientId,
      startClock,
    })),
  });
  const { schedule } = await next('start');
  await type(schedule, clients, local);
  for (const client of clients) client.close();
}

async function type(
  schedule: Schedule,
  clients: LoadClient[],
  local: Array<TypistInfo & { client: LoadClient; target: Y.XmlText }>,
): Promise<void> {
  const typists = schedule.typists.length;
  const perTypist = Math.ceil(schedule.edits / typists);
  // One tracker per node, so that deliveries within a node and across nodes are timed apart.
  const byNode = nodeUrls.map((_, node) => clients.filter((client) => nodeOf(client.index) === node));
  const trackers = byNode.map(
    (members) =>
      new CompletionTracker(
        schedule.typists,
        perTypist,
        members.map((client) => client.index),
      ),
  );
  const slots = new Map(byNode.flatMap((members) => members.map((client, slot) => [client, slot] as const)));
  applied = (client) => trackers[nodeOf(client.index)]?.applied(slots.get(client) as number, client, now());
  const due = (t: number, k: number) => schedule.t0 + (t + k * typists) * schedule.interval;
  const measured = (t: number, k: number) =>
    due(t, k) >= schedule.measureFrom && due(t, k) < schedule.measureTo;
  const sentAt = schedule.typists.map(() => new Float64Array(perTypist).fill(Number.NaN));
  const durableMs: number[] = [];
  const typistOf = new Map(local.map((typist) => [typist.client, typist]));
  const confirmed = new Map<LoadClient, number>();
  // Each barrier follows exactly one edit, so Durable(n) confirms the typist's first n edits.
  durable = (client, seq) => {
    const typist = typistOf.get(client);
    if (!typist) return;
    const at = now();
    for (let k = confirmed.get(client) ?? 0; k < seq; k++) {
      if (measured(typist.typist, k)) durableMs.push(at - (sentAt[typist.typist]?.[k] as number));
    }
    confirmed.set(client, Math.max(seq, confirmed.get(client) ?? 0));
  };

  // This thread's own load over the measured window: how busy its event loop was, and how late its timers fired.
  const delay = monitorEventLoopDelay({ resolution: DELAY_RESOLUTION_MS });
  let busyFrom: ReturnType<typeof performance.eventLoopUtilization> | null = null;
  let busy = Number.NaN;
  const startWatching = () => {
    if (busyFrom) return;
    delay.enable();
    busyFrom = performance.eventLoopUtilization();
  };
  const stopWatching = () => {
    if (!Number.isNaN(busy)) return;
    startWatching();
    delay.disable();
    busy = performance.eventLoopUtilization(busyFrom ?? undefined).utilization;
  };
  const watchTimers = [
    setTimeout(startWatching, schedule.measureFrom - now()),
    setTimeout(stopWatching, schedule.measureTo - now()),
  ];

  const edits: number[] = [];
  const isLocal = new Set(local.map(({ typist }) => typist));
  for (let n = 0; n < schedule.edits; n++) if (isLocal.has(n % typists)) edits.push(n);
  const byTypist = new Map(local.map((typist) => [typist.typist, typist]));
  const lags: number[] = [];
  let i = 0;
  while (i < edits.length) {
    const at = now();
    for (; i < edits.length && schedule.t0 + (edits[i] as number) * schedule.interval <= at; i++) {
      const n = edits[i] as number;
      const t = n % typists;
      const k = Math.floor(n / typists);
      const typist = byTypist.get(t) as (typeof local)[number];
      const sent = now();
      const clock = typist.client.type(typist.target, KEYS[k % KEYS.length] as string);
      if (clock !== typist.startClock + k + 1)
        throw new Error(`typist ${t} is at clock ${clock} after edit ${k}`);
      (sentAt[t] as Float64Array)[k] = sent;
      if (measured(t, k)) lags.push(sent - due(t, k));
    }
    if (i < edits.length) {
      await sleep(Math.max(0, schedule.t0 + (edits[i] as number) * schedule.interval - now()));
    }
  }
  await sleep(Math.max(0, schedule.measureTo - now()));
  stopWatching();
  for (const timer of watchTimers) clearTimeout(timer);
  const drainUntil = now() + config.drainMs;
  const pending = () => trackers.reduce((sum, tracker) => sum + tracker.pending(measured), 0);
  while (pending() > 0 && now() < drainUntil) await sleep(20);
  const doneAtByNode = trackers.map((tracker) => tracker.doneAt);
  // The last receiver of any node; NaN while one has not applied it (Math.max propagates NaN).
  const doneAt = schedule.typists.map((_, t) =>
    Float64Array.from({ length: perTypist }, (_, k) =>
      Math.max(...doneAtByNode.map((perNode) => perNode[t]?.[k] as number)),
    ),
  );
  const digest = (doc: Y.Doc) =>
    crypto.createHash('sha256').update(doc.getXmlFragment(TREATY_FRAGMENT).toString()).digest('hex');
  const fullDigests = clients.filter((client) => !client.light).map((client) => digest(client.doc));
  post({
    type: 'done',
    sentAt,
    doneAt,
    doneAtByNode,
    lags,
    durable: durableMs,
    fullDigests,
    serverDigest: shard === 0 ? await serverDigest(digest) : null,
    fullClients: fullDigests.length,
    lightReceivers: clients.filter((client) => client.light && !typistOf.has(client)).length,
    lightTypists: clients.filter((client) => client.light && typistOf.has(client)).length,
    busy,
    // The histogram holds the time between the monitor's ticks: lateness is what exceeds the tick.
    eventLoopDelayP99Ms:
      delay.count > 0 ? Math.max(0, delay.percentile(99) / 1e6 - DELAY_RESOLUTION_MS) : Number.NaN,
  });
}

/** The treaty as the server holds it after the drain, read by a fresh full client. */
async function serverDigest(digest: (doc: Y.Doc) => string): Promise<string> {
  const checker = new LoadClient(config.clients, { ...options(0), onApplied: () => {}, onDurable: () => {} });
  await checker.opened;
  await checker.roundTrip();
  const result = digest(checker.doc);
  checker.close();
  return result;
}

run().catch((error: Error) => post({ type: 'error', message: error.stack ?? error.message }));
