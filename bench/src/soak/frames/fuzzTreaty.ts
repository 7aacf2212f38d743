import { treatyFromYDoc } from '@pactum/shared';
import * as Y from 'yjs';
import type { PactumApi } from '../convergence/PactumApi.ts';
import { Bystander, until } from './Bystander.ts';
import { docDifference } from './docDifference.ts';
import { FrameSource } from './FrameSource.ts';
import { FRAME_TIMEOUT_MS, type FramesTally, type TreatyClients } from './FramesTally.ts';
import { FuzzSocket } from './FuzzSocket.ts';

/** Hostile sockets sending at once. */
const WORKERS = 4;
/** How often the bystander types and waits for its confirmation. */
const BYSTANDER_EVERY_MS = 500;
/** How often a long run prints how far it got (to stderr; the figures come at the end). */
const PROGRESS_EVERY_MS = 30_000;

export interface TreatyRun {
  api: PactumApi;
  wsUrl: string;
  treatyId: string;
  /** Which treaty of the run this is (0 for the first), and how many there are. */
  segment: number;
  segments: number;
  /** Fuzzing stops once the tally has sent this many frames in all. */
  quota: number;
  tally: FramesTally;
  /** Set when the server died: nothing more is sent. */
  serverGone: () => boolean;
  /** Runs once the bystander is in, before the first frame (the first treaty's warm-up). */
  beforeFuzzing?: (bystander: Bystander) => Promise<void>;
}

/**
 * Fuzzes one treaty: four hostile sockets of one member and a bystander who
 * types beside them, then checks the end state (the bystander, a fresh client
 * and REST agree; no refused frame changed the document). Adds to the tally.
 */
export async function fuzzTreaty(run: TreatyRun): Promise<void> {
  const { api, wsUrl, treatyId, segment, tally } = run;
  const bystanders: Bystander[] = [];
  try {
    const fuzzer = (await api.join(treatyId, 'PL', 'Mallory')).headers;
    const bystander = new Bystander(wsUrl, treatyId, (await api.join(treatyId, 'FR', 'Alice')).headers);
    bystanders.push(bystander);
    await bystander.synced();
    const before = Y.decodeStateVector(Y.encodeStateVector(bystander.doc));
    await run.beforeFuzzing?.(bystander);

    // The first treaty replays exactly from the seed; each later one from a seed of its own.
    const source = new FrameSource(tally.seed + segment, bystander.doc);
    const clients: TreatyClients = { applied: new Set(), refused: new Set() };
    const running = () => tally.sent < run.quota && !run.serverGone() && tally.unanswered === 0;

    const fuzz = async () => {
      let socket: FuzzSocket | null = null;
      while (running()) {
        if (!socket?.open) {
          socket = await FuzzSocket.open(`${wsUrl}/collab/${treatyId}`, fuzzer);
          if (!socket.open) {
            tally.failures.push(`the fuzzing member's socket was refused: ${JSON.stringify(socket.closed)}`);
            return;
          }
          if (!running()) break;
        }
        tally.sent++;
        const frame = source.next();
        const outcome = await socket.send([frame.bytes, ...(frame.more ?? [])], FRAME_TIMEOUT_MS);
        source.settle(
          frame,
          outcome.accepted,
          'code' in outcome ? `${outcome.code} ${outcome.reason}` : 'no answer',
        );
        tally.record(frame.kind, frame.bytes, outcome, clients);
      }
      socket?.close();
    };

    const type = async () => {
      while (running()) {
        try {
          tally.bystanderEdits.push(await bystander.edit(`b${tally.bystanderEdits.length} `));
        } catch (error) {
          tally.failures.push(`bystander: ${(error as Error).message}`);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, BYSTANDER_EVERY_MS));
      }
    };

    const started = performance.now();
    const progress = setInterval(() => {
      const seconds = tally.fuzzSeconds + (performance.now() - started) / 1000;
      const size = Y.encodeStateAsUpdate(bystander.doc).length;
      const held = Y.decodeStateVector(Y.encodeStateVector(bystander.doc)).size;
      console.error(
        `frames: ${tally.sent} sent in ${seconds.toFixed(0)} s, ${tally.accepted} accepted; treaty ${segment + 1} of ${run.segments}: ${(size / 1024).toFixed(0)} KiB, ${held} clients`,
      );
    }, PROGRESS_EVERY_MS);
    await Promise.all([...Array.from({ length: WORKERS }, fuzz), type()]).finally(() =>
      clearInterval(progress),
    );
    tally.fuzzSeconds += (performance.now() - started) / 1000;

    // The end state: the bystander, a fresh client and the server agree.
    await bystander.allConfirmed();
    const fresh = new Bystander(wsUrl, treatyId, api.operator);
    bystanders.push(fresh);
    await fresh.synced();
    await until(() => docDifference(bystander.doc, fresh.doc) === null, 20_000, '').catch(() =>
      tally.failures.push(
        `the bystander and a fresh client differ: ${docDifference(bystander.doc, fresh.doc)} (seed ${tally.seed})`,
      ),
    );
    const rest = await api.call('GET', `/treaties/${treatyId}`);
    if (rest.status !== 200) tally.failures.push(`GET the treaty answered ${rest.status} after the run`);
    const left = treatyFromYDoc(fresh.doc).clauses.length;
    tally.clausesLeft = Math.min(tally.clausesLeft, left);
    if (left === 0) tally.failures.push(`treaty ${segment + 1} lost all its articles`);

    // No client whose changes are in the document got there through a frame the server refused
    // (the server's own edits, the guards' reverts, come from clients in no frame at all).
    const after = Y.decodeStateVector(Y.encodeStateVector(fresh.doc));
    const sneaked = [...after]
      .filter(([client, clock]) => clock > (before.get(client) ?? 0))
      .filter(([client]) => clients.refused.has(client) && !clients.applied.has(client));
    tally.sneakedClients += sneaked.length;
    if (sneaked.length > 0)
      tally.failures.push(
        `refused frames changed the document: clients ${JSON.stringify(sneaked)} (seed ${tally.seed})`,
      );
    tally.treatySizes.push({
      kiB: Math.round(Y.encodeStateAsUpdate(fresh.doc).length / 1024),
      clients: after.size,
    });
    tally.bystanderCloses += bystander.closes.length;
    if (bystander.closes.length > 0)
      tally.failures.push(`bystander was closed: ${JSON.stringify(bystander.closes)}`);
    for (const [why, n] of source.copies) tally.authorCopies.set(why, (tally.authorCopies.get(why) ?? 0) + n);
  } finally {
    for (const client of bystanders) client.destroy();
  }
}
