import { CloseCode, canonicalJSON, type TreatyFile, withTitle } from '@pactum/shared';
import * as prng from 'lib0/prng';
import * as Y from 'yjs';
import { type AuditSummary, auditSummary } from './auditSummary.ts';
import { CALM, type FaultProxy, type Faults } from './FaultProxy.ts';
import type { Member, PactumApi } from './PactumApi.ts';
import { type AgreementCall, randomAgreementCall } from './randomAgreementCall.ts';
import { randomEdit } from './randomEdit.ts';
import { SoakClient } from './SoakClient.ts';
import { TokenLedger } from './TokenLedger.ts';
import { clauseIdOf, clausesOf } from './treatyNodes.ts';
import { snapshotDifferences, type TreatySnapshot, treatySnapshot } from './treatySnapshot.ts';

export const FAULTS: Faults = { maxDelayMs: 25, stallChance: 0.01, stallMs: [50, 600], cutChance: 0.008 };

/** How long clients may take to settle once the network is calm before it counts as a divergence. */
const SETTLE_MS = 20_000;

export interface SeedEnvironment {
  api: PactumApi;
  /** The server itself, for fresh clients that bypass the faults. */
  wsUrl: string;
  proxy: FaultProxy;
  /** The sample treaty as a backup file: each seed imports a few of its articles. */
  sample: TreatyFile;
}

export interface SeedOutcome {
  seed: number;
  treatyId: string;
  clients: number;
  edits: number;
  agreementCalls: number;
  /** Answers to the workflow calls, by status code. */
  callStatuses: Record<number, number>;
  /** The treaty's audit chain once converged; null if the seed did not get that far. */
  audit: AuditSummary | null;
  disconnects: number;
  /** Closes with 4509: an edit overtook its client's handshake after a reconnect; the client resyncs. */
  resyncs: number;
  connections: number;
  cutFrames: number;
  stalls: number;
  ms: number;
  /** One line per way a replica differed from the server's state (empty when converged). */
  divergences: string[];
  /** Anything else that did not hold: unexpected answers and close codes, text lost. */
  problems: string[];
  tokensOwed: number;
  tokensLost: number;
  /** The converged treaty, to compare with after the server restarts. */
  expected: TreatySnapshot | null;
  /** Everything typed and still owed was in the treaty; checked again after the restart. */
  ledger: TokenLedger;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(test: () => boolean, timeoutMs: number, pollMs = 10): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!test()) {
    if (performance.now() > deadline) return false;
    await sleep(pollMs);
  }
  return true;
}

/** A fresh client straight to the server (no faults) as the operator; resolves once synced. */
export async function freshReplica(
  wsUrl: string,
  api: PactumApi,
  treatyId: string,
): Promise<SoakClient | null> {
  const client = new SoakClient(wsUrl, treatyId, api.operator);
  if (await waitFor(() => client.provider.synced, SETTLE_MS)) return client;
  client.destroy();
  return null;
}

/** All text of a treaty in every language, blocks separated, for finding typed tokens. */
export function treatyText(snapshot: TreatySnapshot): string {
  const treaty = JSON.parse(snapshot.treaty) as {
    titles: Record<string, string>;
    preambles: Record<string, string>;
    clauses: Array<{ texts: Record<string, { heading: string; text: string }> }>;
  };
  const articles = treaty.clauses.flatMap((clause) =>
    Object.values(clause.texts).map(({ heading, text }) => `${heading}\n${text}`),
  );
  return [...Object.values(treaty.titles), ...Object.values(treaty.preambles), ...articles].join('\n');
}

/** The server's REST view of a treaty, in the parts of a snapshot it covers. */
export async function restSnapshot(
  api: PactumApi,
  treatyId: string,
  expected: TreatySnapshot,
): Promise<Partial<TreatySnapshot>> {
  const { body: treaty } = await api.expect(200, 'GET', `/treaties/${treatyId}`);
  const { body: overview } = await api.expect(200, 'GET', `/treaties/${treatyId}/agreement`);
  // The REST treaty also carries its summary (id, dates…): compare the fields a snapshot holds.
  const fields = Object.keys(JSON.parse(expected.treaty) as object);
  const view = JSON.parse(JSON.stringify(Object.fromEntries(fields.map((key) => [key, treaty[key]]))));
  return { treaty: canonicalJSON(view), overview: canonicalJSON(overview) };
}

/** The treaty file a seed imports: a few articles of the sample, titled after the seed. */
function seedFile(sample: TreatyFile, seed: number, gen: prng.PRNG): TreatyFile {
  const count = prng.uint32(gen, 1, 6);
  const start = prng.uint32(gen, 0, Math.max(0, sample.treaty.clauses.length - count));
  const titled = withTitle(sample, `Convergence seed ${seed}`);
  return {
    ...titled,
    treaty: { ...titled.treaty, clauses: sample.treaty.clauses.slice(start, start + count) },
    versions: [],
  };
}

/**
 * One seeded run: 5–8 members of party delegations edit a fresh treaty
 * through the fault proxy — text, structure and tags — while sign-offs,
 * brackets and reservations arrive over REST and clients drop off and come
 * back. Then the network calms down and every replica, the REST view and a
 * fresh client must hold the same treaty, with nothing typed lost.
 */
export async function runSeed(seed: number, env: SeedEnvironment): Promise<SeedOutcome> {
  const started = performance.now();
  const gen = prng.create(seed);
  const { api, proxy } = env;
  const file = seedFile(env.sample, seed, gen);
  const parties = file.treaty.parties.map((party) => party.code);
  const { body: created } = await api.expect(201, 'POST', '/imports', { body: file });
  const treatyId = created.id as string;

  const clientCount = prng.uint32(gen, 5, 8);
  const offset = prng.uint32(gen, 0, parties.length - 1);
  const members: Member[] = await Promise.all(
    Array.from({ length: clientCount }, (_, i) =>
      api.join(treatyId, parties[(offset + i) % parties.length] as string, `Delegate ${i + 1}`),
    ),
  );

  proxy.takeCounters();
  proxy.setFaults(FAULTS, seed);
  const proxyUrl = `ws://127.0.0.1:${proxy.port}`;
  const clients = members.map(
    (member) => new SoakClient(proxyUrl, treatyId, member.headers, prng.uint32(gen, 1, 0xffffffff)),
  );
  const ledger = new TokenLedger();
  const problems: string[] = [];
  const divergences: string[] = [];
  const calls: Array<Promise<AgreementCall>> = [];
  let edits = 0;
  let disconnects = 0;
  let fresh: SoakClient | null = null;
  let expected: TreatySnapshot | null = null;
  let tokensLost = 0;
  let audit: AuditSummary | null = null;
  const callStatuses: Record<number, number> = {};

  try {
    if (!(await waitFor(() => clients.every((client) => client.provider.synced), SETTLE_MS))) {
      throw new Error('clients did not sync at the start');
    }
    const rounds = prng.uint32(gen, 15, 30);
    for (let round = 0; round < rounds; round++) {
      for (const [index, client] of clients.entries()) {
        if (client.online && prng.uint32(gen, 0, 99) < 4) {
          client.provider.disconnect();
          disconnects++;
        } else if (!client.online && prng.uint32(gen, 0, 99) < 30) {
          client.provider.connect();
        }
        const context = {
          gen,
          doc: client.doc,
          fragment: client.fragment,
          ledger,
          client: index,
          op: round,
          parties,
        };
        if (randomEdit(context)) edits++;
      }
      if (prng.uint32(gen, 0, 99) < 30) {
        const index = prng.uint32(gen, 0, clients.length - 1);
        const clauses = clausesOf((clients[index] as SoakClient).fragment);
        const target = clauses[prng.uint32(gen, 0, Math.max(0, clauses.length - 1))];
        if (target) {
          const member = members[index] as Member;
          calls.push(randomAgreementCall(gen, api, member, treatyId, clauseIdOf(target.clause)));
        }
      }
      await sleep(prng.uint32(gen, 0, 12));
    }

    // Calm: every frame held goes out, everyone reconnects, every call is answered.
    proxy.setFaults(CALM);
    for (const client of clients) client.provider.connect();
    for (const call of await Promise.all(calls)) {
      callStatuses[call.status] = (callStatuses[call.status] ?? 0) + 1;
      if (!call.expected) problems.push(`seed ${seed}: ${call.action} answered ${call.status}`);
    }
    if (!(await waitFor(() => clients.every((client) => client.settled), SETTLE_MS))) {
      const unsettled = clients.filter((client) => !client.settled).length;
      divergences.push(`seed ${seed}: ${unsettled} client(s) never had every edit confirmed`);
    }
    fresh = await freshReplica(env.wsUrl, api, treatyId);
    if (!fresh) throw new Error('a fresh client could not sync');
    const server = treatySnapshot(fresh.doc);
    expected = server;
    const replicaDiffs = () =>
      clients.map((client) => snapshotDifferences(server, treatySnapshot(client.doc)));
    // Polled cheaply: the state vectors alone, until every replica has what the server has.
    const vector = Buffer.from(Y.encodeStateVector(fresh.doc));
    const sameVector = () => clients.every((client) => vector.equals(Y.encodeStateVector(client.doc)));
    await waitFor(sameVector, SETTLE_MS, 20);
    let diffs = replicaDiffs();
    // Deletions do not move a state vector: give the last ones a moment to arrive.
    if (diffs.some((parts) => parts.length > 0)) {
      await waitFor(() => replicaDiffs().every((parts) => parts.length === 0), 2_000, 50);
      diffs = replicaDiffs();
    }
    diffs.forEach((parts, index) => {
      if (parts.length > 0) divergences.push(`seed ${seed}: client ${index} differs in ${parts.join(', ')}`);
    });
    const rest = snapshotDifferences(server, await restSnapshot(api, treatyId, server));
    if (rest.length > 0) divergences.push(`seed ${seed}: the REST view differs in ${rest.join(', ')}`);

    audit = await auditSummary(api, treatyId);
    if (!audit.ok) problems.push(`seed ${seed}: the audit chain does not verify`);
    const { missing } = ledger.check(treatyText(server));
    tokensLost = missing.length;
    if (missing.length > 0) {
      problems.push(
        `seed ${seed}: ${missing.length} typed token(s) lost, e.g. ${missing.slice(0, 3).join(' ')}`,
      );
    }
    clients.forEach((client, index) => {
      // 44xx codes are final: an editor never gets one. 45xx ask the client to reconnect.
      const refused = client.closeCodes.filter((code) => code >= 4400 && code < 4500);
      if (refused.length > 0)
        problems.push(`seed ${seed}: client ${index} was closed with ${refused.join(', ')}`);
    });
  } catch (error) {
    problems.push(`seed ${seed}: ${(error as Error).message}`);
  } finally {
    for (const client of clients) client.destroy();
    fresh?.destroy();
    proxy.dropAll();
  }
  const counters = proxy.takeCounters();
  return {
    seed,
    treatyId,
    clients: clientCount,
    edits,
    agreementCalls: calls.length,
    callStatuses,
    audit,
    disconnects,
    resyncs: clients.reduce(
      (sum, client) => sum + client.closeCodes.filter((code) => code === CloseCode.Resync).length,
      0,
    ),
    connections: counters.connections,
    cutFrames: counters.cutFrames,
    stalls: counters.stalls,
    ms: performance.now() - started,
    divergences,
    problems,
    tokensOwed: ledger.check(expected ? treatyText(expected) : '').owed,
    tokensLost,
    expected,
    ledger,
  };
}
