import { type TreatyFile, withTitle } from '@pactum/shared';
import * as prng from 'lib0/prng';
import { LoadClient } from '../../fanout/LoadClient.ts';
import { type Stats, stats } from '../../stats.ts';
import { type Member, PactumApi } from '../convergence/PactumApi.ts';
import { SoakServer } from '../convergence/SoakServer.ts';
import type { SoakCheck } from '../soakCheck.ts';
import { ChurnerProcess } from './ChurnerProcess.ts';
import { documentHeapBytes, documentStates } from './documentHeap.ts';
import { EditLatency } from './EditLatency.ts';
import { LoopLag } from './LoopLag.ts';
import { ServerProbe, type ServerReading } from './ServerProbe.ts';
import { Typist } from './Typist.ts';

const EDITED_TREATIES = 5;
const TYPISTS_PER_TREATY = 10;
const CHURNERS = 20;
/** Churners visit these treaties: the edited ones, and as many that only they open (rooms load and unload). */
const CHURN_TREATIES = 10;
/** Memory may grow this much from the first window after warm-up to the last. */
const MAX_GROWTH = 0.1;
/** p99 of the last window ≤ this × p99 of the first + STABLE_SLACK_MS. */
const STABLE_FACTOR = 1.5;
const STABLE_SLACK_MS = 5;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const pct = (ratio: number) => `${ratio >= 0 ? '+' : ''}${(ratio * 100).toFixed(1)} %`;
const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '—');
const clock = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`;

/** How a run of `minutes` is cut up: warm-up, the windows compared, the latency table's rows. */
function phases(minutes: number) {
  const duration = minutes * 60;
  // A 1-minute run: warm-up 15 s, windows of 10 s; a 60-minute run: warm-up 5 min, windows of 10 min.
  const warmup = Math.max(15, Math.min(300, duration * 0.1));
  const window = Math.min(600, duration / 6);
  return {
    duration,
    warmup,
    first: [warmup, warmup + window] as const,
    last: [duration - window, duration] as const,
    row: duration <= 300 ? 10 : 60,
    sampleEvery: Math.min(30, Math.max(5, duration / 24)),
  };
}

const inWindow = (at: number, [from, to]: readonly [number, number]) => at >= from && at < to;

/**
 * `npm run soak -- soak [--minutes N]`: 50 typists in 5 treaties and 20
 * people joining and leaving 10 treaties every few seconds, for N minutes,
 * against the real server. Claims: server RSS and heap (after a full GC)
 * grow < 10 % from the end of warm-up to the end of the load, beyond what
 * the treaties themselves grew (a CRDT keeps an item per change and a
 * tombstone per deletion: measured by loading the treaties' states at both
 * moments into a fresh Node process); once everyone
 * has left, open file descriptors and loaded rooms are back to where they
 * were before anyone came; the p99 edit latency (send → applied by another
 * client) of the last window ≤ 1.5 × that of the first + 5 ms; every edit
 * arrives; no socket is closed on anyone; the server logs no error.
 */
export const soak: SoakCheck = async (scale) => {
  const phase = phases(scale.minutes ?? 1);
  const gen = prng.create(scale.seed ?? 1);
  const failures: string[] = [];
  // SOAK_SERVER_NODE_ARGS: extra Node flags for the server (`--heapsnapshot-signal=SIGUSR2`), to look into a failure.
  const extraArgs = process.env.SOAK_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const server = new SoakServer({}, ['--expose-gc', ...extraArgs]);
  await server.start();
  try {
    const api = new PactumApi(server.url, server.adminToken);
    const [sampleTreaty] = (await api.expect(200, 'GET', '/treaties')).body.treaties;
    const sample = (await api.expect(200, 'GET', `/treaties/${sampleTreaty.id}/export.json`))
      .body as TreatyFile;
    const treatyIds: string[] = [];
    for (let t = 0; t < CHURN_TREATIES; t++) {
      const file = { ...withTitle(sample, `Soak treaty ${t + 1}`), versions: [] };
      treatyIds.push((await api.expect(201, 'POST', '/imports', { body: file })).body.id);
    }
    const parties = sample.treaty.parties.map((party) => party.code);
    const join = (treaty: number, i: number): Promise<Member> =>
      api.join(treatyIds[treaty] as string, parties[i % parties.length] as string, `Delegate ${i + 1}`);
    const typistMembers = await Promise.all(
      Array.from({ length: EDITED_TREATIES * TYPISTS_PER_TREATY }, (_, i) => join(i % EDITED_TREATIES, i)),
    );
    const churnerMembers = await Promise.all(
      Array.from({ length: CHURNERS }, (_, i) => join(i % CHURN_TREATIES, i)),
    );

    const probe = new ServerProbe(server.pid, api, performance.now());
    const before = await probe.read(true);
    const startedAt = performance.now();
    const timed = new ServerProbe(server.pid, api, startedAt);
    const started = await timed.read(false);
    const url = (treaty: number) => `${server.wsUrl}/collab/${treatyIds[treaty]}`;

    // Long-lived sockets: a close before the end is a failure.
    let leaving = false;
    const unexpectedCloses: number[] = [];
    const watch = (client: LoadClient) =>
      client.socket.on('close', (code: number) => {
        if (!leaving) unexpectedCloses.push(code);
      });

    const meters = Array.from({ length: EDITED_TREATIES }, () => new EditLatency(startedAt));
    const observers = meters.map(
      (meter, t) =>
        new LoadClient(1000 + t, {
          url: url(t),
          headers: api.operator,
          barriers: false,
          onApplied: (client) => meter.observed(client.doc, performance.now()),
        }),
    );
    for (const observer of observers) {
      watch(observer);
      await observer.opened;
      await observer.roundTrip();
    }
    const typists = typistMembers.map(
      (member, i) =>
        new Typist(
          Math.floor(i / EDITED_TREATIES),
          url(i % EDITED_TREATIES),
          member.headers,
          meters[i % EDITED_TREATIES] as EditLatency,
          gen,
        ),
    );
    for (let i = 0; i < typists.length; i += 10)
      await Promise.all(typists.slice(i, i + 10).map((t) => t.ready()));
    for (const typist of typists) watch(typist.client);
    const churners = await ChurnerProcess.start({
      seed: prng.uint32(gen, 0, 2 ** 31),
      visitors: churnerMembers.map((member, i) => ({
        index: i,
        url: url(i % CHURN_TREATIES),
        headers: member.headers,
        writes: i % CHURN_TREATIES >= EDITED_TREATIES,
      })),
    });
    const lag = new LoopLag(startedAt);
    lag.start();
    for (const typist of typists) typist.start();

    // Memory is compared after full collections, taken just before the first window and just
    // after the last, so their pause never lands in the latencies compared; readings in between
    // leave the server alone.
    const schedule: Array<{ at: number; collect: boolean }> = [
      { at: phase.first[0] - 1, collect: true },
      { at: phase.duration, collect: true },
    ];
    for (let at = phase.sampleEvery; at < phase.duration; at += phase.sampleEvery) {
      schedule.push({ at, collect: false });
    }
    schedule.sort((a, b) => a.at - b.at);
    const readings: ServerReading[] = [];
    /** The treaties' full states at each collected reading: their own growth is the anchor for the server's. */
    const states: Uint8Array[][] = [];
    for (const { at, collect } of schedule) {
      await sleep(Math.max(0, startedAt + at * 1000 - performance.now()));
      readings.push(await timed.read(collect));
      if (collect)
        states.push(
          await documentStates(
            treatyIds.map((_, t) => url(t)),
            api.operator,
          ),
        );
    }
    const loaded = readings.at(-1) as ServerReading;
    const [early, late] = readings.filter((r) => r.collected) as [ServerReading, ServerReading];

    for (const typist of typists) typist.stop();
    const arrived = async () => {
      for (let waited = 0; waited < 10_000; waited += 50) {
        if (meters.every((meter) => meter.pending() === 0)) return true;
        await sleep(50);
      }
      return false;
    };
    const undelivered = (await arrived()) ? 0 : meters.reduce((sum, meter) => sum + meter.pending(), 0);
    leaving = true;
    lag.stop();
    const churned = await churners.stop();
    for (const client of [...observers, ...typists.map((t) => t.client)]) {
      client.socket.close(1000);
      client.doc.destroy();
    }
    let after = await timed.read(false);
    for (
      let waited = 0;
      waited < 20_000 && (after.rooms > before.rooms || after.connections > 0);
      waited += 250
    ) {
      await sleep(250);
      after = await timed.read(false);
    }
    // The last sockets' descriptors close just after their rooms unload.
    await sleep(1_000);
    after = await timed.read(true);

    const samples = meters.flatMap((meter) => meter.samples);
    const latencyIn = (window: readonly [number, number]): Stats =>
      stats(samples.filter((s) => inWindow(s.at, window)).map((s) => s.ms));
    const first = latencyIn(phase.first);
    const last = latencyIn(phase.last);
    const lagIn = (window: readonly [number, number]): Stats =>
      stats(lag.samples.filter((s) => inWindow(s.at, window)).map((s) => s.ms));
    // What holding the treaties takes, measured apart: a CRDT keeps every change's item (and a
    // tombstone for each deletion), so the documents grow with every edit and every new editor.
    const [earlyDocuments, lateDocuments] = (await documentHeapBytes(states)) as [number, number];
    const documentGrowth = lateDocuments - earlyDocuments;
    // SQLite keeps recently used pages in a cache of its own (native memory, so in RSS, not in the
    // heap), up to a fixed limit: it fills as the database grows, and can hold no more than the file.
    const cacheRoom = (r: ServerReading) => Math.min(r.store.pageCacheLimitBytes, r.store.bytes);
    const cacheGrowth = Math.max(0, cacheRoom(late) - cacheRoom(early));
    const rssGrowth = (late.rssBytes - early.rssBytes - documentGrowth - cacheGrowth) / early.rssBytes;
    const heapGrowth = (late.heapBytes - early.heapBytes - documentGrowth) / early.heapBytes;
    const p99Bound = STABLE_FACTOR * first.p99 + STABLE_SLACK_MS;
    const edits = typists.reduce((sum, typist) => sum + typist.edits, 0);

    if (!(rssGrowth < MAX_GROWTH))
      failures.push(
        `RSS grew ${pct(rssGrowth)} after warm-up beyond the treaties' own growth and SQLite's page cache (limit +10 %)`,
      );
    if (!(heapGrowth < MAX_GROWTH))
      failures.push(
        `heap grew ${pct(heapGrowth)} after warm-up beyond the treaties' own growth (limit +10 %)`,
      );
    if (after.openFds > before.openFds)
      failures.push(`open file descriptors ${after.openFds} after everyone left, ${before.openFds} before`);
    if (after.rooms > before.rooms) failures.push(`${after.rooms} rooms still loaded after everyone left`);
    if (after.connections > 0) failures.push(`${after.connections} sockets still open after everyone left`);
    if (!(last.p99 <= p99Bound))
      failures.push(
        `p99 latency ${ms(last.p99)} in the last window, more than 1.5 × ${ms(first.p99)} + 5 ms`,
      );
    if (undelivered > 0) failures.push(`${undelivered} edits never reached the other client`);
    if (unexpectedCloses.length > 0)
      failures.push(`sockets closed on clients: ${unexpectedCloses.join(', ')}`);
    failures.push(...churned.failures);
    failures.push(...server.errors.map((error) => `the server logged an error: ${error}`));

    /** The server's CPU use from the last reading at or before `from` to the first at or after `to`, in % of a core. */
    const cpu = (from: number, to: number) => {
      const a = [started, ...readings].filter((r) => r.at <= from).at(-1) ?? started;
      const b = readings.find((r) => r.at >= to) ?? loaded;
      return `${Math.round(((b.cpuSeconds - a.cpuSeconds) / (b.at - a.at)) * 100)} %`;
    };
    const rows: Array<[string, string]> = [];
    for (let from = 0; from < phase.duration; from += phase.row) {
      const s = latencyIn([from, from + phase.row]);
      rows.push([
        `latency ${clock(from)}–${clock(from + phase.row)}`,
        `p50 ${ms(s.p50)}  p95 ${ms(s.p95)}  p99 ${ms(s.p99)}  (${s.runs} edits, server CPU ${cpu(from, from + phase.row)}, measurer's lag p99 ${ms(lagIn([from, from + phase.row]).p99)})`,
      ]);
    }
    const span = (window: readonly [number, number]) => `${clock(window[0])}–${clock(window[1])}`;
    return {
      figures: [
        ['minutes', phase.duration / 60],
        [
          'clients',
          `${typists.length} typing, ${churnerMembers.length} joining and leaving, ${observers.length} observing`,
        ],
        ['edits typed', edits],
        ['joins (and leaves)', churned.joins],
        [
          'peak sockets / rooms',
          `${Math.max(...readings.map((r) => r.connections))} / ${Math.max(...readings.map((r) => r.rooms))}`,
        ],
        [
          `treaties' own heap at ${clock(early.at)} → ${clock(late.at)}`,
          `${mb(earlyDocuments)} → ${mb(lateDocuments)} (loaded alone in a fresh process)`,
        ],
        [
          `RSS at ${clock(early.at)} → ${clock(late.at)}`,
          `${mb(early.rssBytes)} → ${mb(late.rssBytes)} (${pct(late.rssBytes / early.rssBytes - 1)}); less the treaties' growth and the page cache's ${pct(rssGrowth)} (limit +10 %)`,
        ],
        [
          `store at ${clock(early.at)} → ${clock(late.at)}`,
          `file ${mb(early.store.bytes)} → ${mb(late.store.bytes)}, log ${mb(early.store.walBytes)} → ${mb(late.store.walBytes)}; SQLite's page cache holds at most ${mb(late.store.pageCacheLimitBytes)}, so it could grow by ${mb(cacheGrowth)}`,
        ],
        [
          `heap at ${clock(early.at)} → ${clock(late.at)} (after full GC)`,
          `${mb(early.heapBytes)} → ${mb(late.heapBytes)} (${pct(late.heapBytes / early.heapBytes - 1)}); less the treaties' growth ${pct(heapGrowth)} (limit +10 %)`,
        ],
        [`treaties held at ${clock(early.at)} → ${clock(late.at)}`, documents(early, late)],
        [
          `V8 heap reserved, external at ${clock(early.at)} → ${clock(late.at)}`,
          `${mb(early.heapTotalBytes)} → ${mb(late.heapTotalBytes)}, ${mb(early.externalBytes)} → ${mb(late.externalBytes)}`,
        ],
        ['open fds before / loaded / after', `${before.openFds} / ${loaded.openFds} / ${after.openFds}`],
        ['rooms before / loaded / after', `${before.rooms} / ${loaded.rooms} / ${after.rooms}`],
        [
          `p99 ${span(phase.first)} → ${span(phase.last)}`,
          `${ms(first.p99)} → ${ms(last.p99)} (stable if ≤ ${ms(p99Bound)} = 1.5 × first + 5 ms)`,
        ],
        [
          `measurer's lag p99 ${span(phase.first)} → ${span(phase.last)}`,
          `${ms(lagIn(phase.first).p99)} → ${ms(lagIn(phase.last).p99)} (how late the timing process ran its own timers)`,
        ],
        ...rows,
        ['edits not delivered', undelivered],
        ['server errors logged', server.errors.length],
      ],
      held: failures.length === 0,
      failures,
      details: {
        phase,
        before,
        after,
        readings,
        documentHeap: { early: earlyDocuments, late: lateDocuments },
        pageCacheGrowth: cacheGrowth,
        first,
        last,
        measurerLag: { first: lagIn(phase.first), last: lagIn(phase.last) },
        latencyRows: rows,
      },
    };
  } finally {
    await server.dispose();
  }
};

/** What the loaded treaties held at two readings: how much of the memory growth is the documents' own. */
function documents(early: ServerReading, late: ServerReading): string {
  const a = early.documents;
  const b = late.documents;
  if (!a || !b) return 'not read';
  const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
  return `encoded ${kb(a.documentBytes)} → ${kb(b.documentBytes)}, structs ${a.structs} → ${b.structs}, Yjs clients ${a.clients} → ${b.clients}, awareness clocks ${a.awarenessClocks} → ${b.awarenessClocks}`;
}
