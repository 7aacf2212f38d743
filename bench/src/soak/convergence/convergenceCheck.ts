import type { TreatyFile } from '@pactum/shared';
import { stats } from '../../stats.ts';
import type { SoakCheck } from '../soakCheck.ts';
import { auditSummary } from './auditSummary.ts';
import { CALM, FaultProxy } from './FaultProxy.ts';
import { PactumApi } from './PactumApi.ts';
import { freshReplica, restSnapshot, runSeed, type SeedOutcome, treatyText } from './runSeed.ts';
import { SoakServer } from './SoakServer.ts';
import { snapshotDifferences, treatySnapshot } from './treatySnapshot.ts';

/** Seeds per server run: each batch ends with a restart and every seed of it is checked again. */
const BATCH = 25;
const CI_SEEDS = 50;

/**
 * `npm run soak -- convergence [--seeds N] [--seed S]`: N seeded runs (from
 * S, or from a random first seed that is printed) through the real server
 * and a fault-injecting proxy. Claims: no divergence between any client, the
 * REST view and a fresh client after a restart; no typed text lost; every
 * workflow call and close code one a correct server gives; no server error.
 */
export const convergence: SoakCheck = async (scale) => {
  const count = scale.seeds ?? (scale.seed === undefined ? CI_SEEDS : 1);
  const first = scale.seed ?? Math.floor(Math.random() * 1_000_000_000);
  console.log(`convergence: seeds ${first}…${first + count - 1} (replay one with --seed S)`);
  /** What each seed did, without what only its batch's restart check needs. */
  const outcomes: Array<Omit<SeedOutcome, 'expected' | 'ledger'>> = [];
  /** Seeds whose treaty differed after the restart, and anything else that did not hold then. */
  const afterRestart: string[] = [];
  const restartDiverged = new Set<number>();
  const restartLost = new Set<number>();
  const serverErrors: string[] = [];
  let restartExitCodes = 0;
  /** Taken from the first server: a later one may share its store (one Postgres database), whose newest treaty is a seed's. */
  let sample: TreatyFile | undefined;

  for (let start = first; start < first + count; start += BATCH) {
    const seeds = Array.from({ length: Math.min(BATCH, first + count - start) }, (_, i) => start + i);
    // A small compaction threshold and short checkpoint delays make the server rewrite its log
    // and take versions many times while the seeds run.
    const server = new SoakServer({
      PACTUM_COMPACT_AFTER_ROWS: '20',
      PACTUM_CHECKPOINT_IDLE_MS: '300',
      PACTUM_CHECKPOINT_MAX_MS: '1500',
    });
    try {
      await server.start();
      let api = new PactumApi(server.url, server.adminToken);
      if (!sample) {
        const [sampleTreaty] = (await api.expect(200, 'GET', '/treaties')).body.treaties;
        sample = (await api.expect(200, 'GET', `/treaties/${sampleTreaty.id}/export.json`))
          .body as TreatyFile;
      }
      const proxy = new FaultProxy(server.port, CALM, start);
      await proxy.listen();
      const batch: SeedOutcome[] = [];
      for (const seed of seeds) {
        const outcome = await runSeed(seed, { api, wsUrl: server.wsUrl, proxy, sample });
        batch.push(outcome);
        const bad = outcome.divergences.length + outcome.problems.length > 0 ? '  ✗' : '';
        console.log(
          `  seed ${seed}: ${outcome.clients} clients, ${outcome.edits} edits, ${outcome.agreementCalls} calls, ` +
            `${outcome.cutFrames} cut, ${(outcome.ms / 1000).toFixed(1)} s${bad}`,
        );
      }
      await proxy.close();

      // Every seed again from the store alone, through a fresh client and the REST view.
      if ((await server.restart()) !== 0) restartExitCodes++;
      api = new PactumApi(server.url, server.adminToken);
      for (const outcome of batch) {
        const { expected, seed, treatyId } = outcome;
        if (!expected) continue;
        const replica = await freshReplica(server.wsUrl, api, treatyId);
        if (!replica) {
          afterRestart.push(`seed ${seed}: no fresh client could sync after the restart`);
          continue;
        }
        const reloaded = treatySnapshot(replica.doc);
        replica.destroy();
        const parts = snapshotDifferences(expected, reloaded);
        const rest = snapshotDifferences(expected, await restSnapshot(api, treatyId, expected));
        if (parts.length > 0)
          afterRestart.push(`seed ${seed}: after the restart, differs in ${parts.join(', ')}`);
        if (rest.length > 0)
          afterRestart.push(`seed ${seed}: after the restart, REST differs in ${rest.join(', ')}`);
        if (parts.length + rest.length > 0) restartDiverged.add(seed);
        const audit = await auditSummary(api, treatyId);
        if (!audit.ok || audit.lastHash !== outcome.audit?.lastHash) {
          afterRestart.push(
            `seed ${seed}: after the restart, the audit chain does not verify or lost its tail`,
          );
        }
        const { missing } = outcome.ledger.check(treatyText(reloaded));
        if (missing.length > 0) {
          afterRestart.push(`seed ${seed}: after the restart, ${missing.length} token(s) lost`);
          restartLost.add(seed);
        }
      }
      outcomes.push(...batch.map(({ expected: _expected, ledger: _ledger, ...outcome }) => outcome));
    } finally {
      await server.dispose();
      serverErrors.push(...server.errors);
    }
  }

  const diverged = new Set([
    ...outcomes.filter((o) => o.divergences.length > 0).map((o) => o.seed),
    ...restartDiverged,
  ]);
  const sum = (pick: (o: (typeof outcomes)[number]) => number) =>
    outcomes.reduce((total, o) => total + pick(o), 0);
  const times = stats(outcomes.map((o) => o.ms));
  const tally = (records: Array<Record<string, number>>) => {
    const total: Record<string, number> = {};
    for (const record of records)
      for (const [key, value] of Object.entries(record)) total[key] = (total[key] ?? 0) + value;
    return total;
  };
  const statuses = tally(outcomes.map((o) => o.callStatuses));
  const reasons = tally(outcomes.map((o) => o.audit?.reasons ?? {}));
  const failures = [
    ...outcomes.flatMap((o) => [...o.divergences, ...o.problems]),
    ...afterRestart,
    ...serverErrors.map((error) => `the server logged an error: ${error}`),
    ...(restartExitCodes > 0 ? [`the server exited non-zero on SIGTERM ${restartExitCodes} time(s)`] : []),
  ];
  return {
    figures: [
      ['seeds run', outcomes.length],
      ['first seed', first],
      ['divergences (seeds)', diverged.size],
      [
        'clients per seed',
        `${Math.min(...outcomes.map((o) => o.clients))}–${Math.max(...outcomes.map((o) => o.clients))}`,
      ],
      ['edits applied', sum((o) => o.edits)],
      [
        'workflow calls (REST) by answer',
        Object.entries(statuses)
          .map(([status, n]) => `${n}×${status}`)
          .join(', '),
      ],
      ['writes reverted by the server', sum((o) => o.audit?.reverted ?? 0)],
      ['typed tokens owed and checked', sum((o) => o.tokensOwed)],
      [
        'seeds that lost typed text',
        new Set([...outcomes.filter((o) => o.tokensLost > 0).map((o) => o.seed), ...restartLost]).size,
      ],
      ['random disconnects', sum((o) => o.disconnects)],
      ['resyncs asked by the server (4509)', sum((o) => o.resyncs)],
      ['connections through the proxy', sum((o) => o.connections)],
      ['frames cut mid-frame', sum((o) => o.cutFrames)],
      ['stalls', sum((o) => o.stalls)],
      ['server restarts', Math.ceil(outcomes.length / BATCH)],
      ['time per seed p50 / max', `${(times.p50 / 1000).toFixed(2)} s / ${(times.max / 1000).toFixed(2)} s`],
      ['server errors logged', serverErrors.length],
    ],
    held: failures.length === 0 && diverged.size === 0 && outcomes.length === count,
    failures,
    details: {
      revertReasons: reasons,
      seeds: outcomes,
    },
  };
};
