import type { TreatyFile } from '@pactum/shared';
import { describe, expect, it, onTestFinished } from 'vitest';
import { CALM, FaultProxy } from '../../bench/src/soak/convergence/FaultProxy.ts';
import { type Member, PactumApi } from '../../bench/src/soak/convergence/PactumApi.ts';
import { freshReplica, runSeed, treatyText } from '../../bench/src/soak/convergence/runSeed.ts';
import { snapshotDifferences, treatySnapshot } from '../../bench/src/soak/convergence/treatySnapshot.ts';
import { startCluster } from '../helpers/cluster.ts';
import { loggedErrors } from '../helpers/loggedErrors.ts';

const SEEDS = 6;

/** The REST API of several nodes as behind a load balancer: each call, and each join, goes to the next node. */
class SpreadApi extends PactumApi {
  #next = 0;

  constructor(
    private readonly apis: PactumApi[],
    adminToken: string,
  ) {
    super((apis[0] as PactumApi).baseUrl, adminToken);
  }

  #pick(): PactumApi {
    return this.apis[this.#next++ % this.apis.length] as PactumApi;
  }

  override call(...args: Parameters<PactumApi['call']>) {
    return this.#pick().call(...args);
  }

  override join(treatyId: string, delegation: string, displayName: string): Promise<Member> {
    return this.#pick().join(treatyId, delegation, displayName);
  }
}

// The seeded runs of the reliability battery (`npm run soak -- convergence`), with the fault proxy as a
// load balancer in front of three nodes: each connection, and so each reconnect, goes to the next node,
// and each REST call too. A small compaction threshold makes the nodes compact the shared log while
// others append to it. Replay a failing run with PACTUM_CLUSTER_SEED=<first seed>.
describe('clients spread over three nodes co-edit through a faulty network', () => {
  it(`${SEEDS} seeds converge on every node and in the store, with no confirmed edit lost`, async () => {
    const cluster = await startCluster({
      env: {
        PACTUM_COMPACT_AFTER_ROWS: '20',
        PACTUM_CHECKPOINT_IDLE_MS: '300',
        PACTUM_CHECKPOINT_MAX_MS: '1500',
      },
    });
    const { nodes, adminToken } = cluster;
    const first = Number(process.env.PACTUM_CLUSTER_SEED ?? Math.floor(Math.random() * 1_000_000_000));
    console.log(
      `cluster convergence: seeds ${first}…${first + SEEDS - 1} (replay: PACTUM_CLUSTER_SEED=${first})`,
    );

    const connectionsTo = nodes.map(() => 0);
    let next = 0;
    const proxy = new FaultProxy(
      () => {
        const index = next++ % nodes.length;
        connectionsTo[index] = (connectionsTo[index] as number) + 1;
        return (nodes[index] as (typeof nodes)[number]).port;
      },
      CALM,
      first,
    );
    await proxy.listen();
    onTestFinished(() => proxy.close());
    const apis = nodes.map((node) => new PactumApi(node.url, adminToken));
    const api = new SpreadApi(apis, adminToken);
    const [sampleTreaty] = (await api.expect(200, 'GET', '/treaties')).body.treaties;
    const sample = (await api.expect(200, 'GET', `/treaties/${sampleTreaty.id}/export.json`))
      .body as TreatyFile;

    let cutFrames = 0;
    let disconnects = 0;
    let tokensOwed = 0;
    for (let seed = first; seed < first + SEEDS; seed++) {
      const home = nodes[seed % nodes.length] as (typeof nodes)[number];
      const outcome = await runSeed(seed, { api, wsUrl: home.wsUrl, proxy, sample });
      const context = `seed ${seed} (replay: PACTUM_CLUSTER_SEED=${seed})`;
      expect(outcome.divergences, context).toEqual([]);
      expect(outcome.problems, context).toEqual([]);
      expect(outcome.tokensLost, context).toBe(0);
      const { expected, treatyId } = outcome;
      if (!expected) throw new Error(`${context}: no converged treaty`);

      // Every node serves the converged treaty to a fresh client, and the store alone holds it.
      for (const node of nodes) {
        const replica = await freshReplica(node.wsUrl, apis[0] as PactumApi, treatyId);
        if (!replica) throw new Error(`${context}: no fresh client synced on ${node.url}`);
        expect(
          snapshotDifferences(expected, treatySnapshot(replica.doc)),
          `${context} on ${node.url}`,
        ).toEqual([]);
        replica.destroy();
      }
      const stored = treatySnapshot(await cluster.storedDoc(treatyId));
      expect(snapshotDifferences(expected, stored), `${context} in the store`).toEqual([]);
      expect(outcome.ledger.check(treatyText(stored)).missing, `${context} in the store`).toEqual([]);

      cutFrames += outcome.cutFrames;
      disconnects += outcome.disconnects;
      tokensOwed += outcome.ledger.check(treatyText(stored)).owed;
    }

    // The faults and the spreading really happened: a run that cut nothing, or used one node, proves nothing.
    expect(cutFrames).toBeGreaterThan(0);
    expect(disconnects).toBeGreaterThan(0);
    expect(tokensOwed).toBeGreaterThan(0);
    for (const count of connectionsTo) expect(count).toBeGreaterThan(SEEDS);
    for (const node of nodes) expect(loggedErrors(node), node.url).toEqual([]);
    console.log(
      `cluster convergence: ${SEEDS} seeds, ${tokensOwed} typed tokens owed and found in the store, ` +
        `${cutFrames} frames cut, ${disconnects} disconnects, connections per node ${connectionsTo.join('/')}`,
    );
  });
});
