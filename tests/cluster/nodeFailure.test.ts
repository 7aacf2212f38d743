import { TREATY_FRAGMENT } from '@pactum/shared';
import { describe, expect, it } from 'vitest';
import { sampleTreatyId } from '../helpers/api.ts';
import { CollabClient } from '../helpers/CollabClient.ts';
import { startCluster } from '../helpers/cluster.ts';
import { retry } from '../helpers/retry.ts';
import type { RunningServer } from '../helpers/startServer.ts';
import { notOnceIn, Typist } from '../helpers/Typist.ts';

describe('a node killed with SIGKILL while its clients type', () => {
  it('loses nothing confirmed: its clients go on at another node, resend what was unconfirmed, and all converge', async () => {
    const cluster = await startCluster();
    const [a, b, c] = cluster.nodes as [RunningServer, RunningServer, RunningServer];
    const treatyId = await sampleTreatyId(a.url);
    // Two clients on each node, each typing into an article of its own.
    const placed = [a, a, b, b, c, c].map((node) => ({
      node,
      client: new CollabClient(node.wsUrl, treatyId),
    }));
    const typists = placed.map(({ client }, i) => new Typist(client, `t${i}`, i));
    await Promise.all(placed.map(({ client }) => client.synced()));
    const onC = typists.slice(4);

    for (const typist of typists) typist.start(15);
    await retry(() => {
      for (const typist of onC) expect(typist.confirmed().length).toBeGreaterThanOrEqual(5);
    }, 10_000);
    // The load balancer sends C's clients' next connections to the survivors.
    onC.forEach((typist, i) => {
      typist.client.provider.serverUrl = `${(i === 0 ? a : b).wsUrl}/collab`;
    });
    const confirmedAtKill = typists.flatMap((typist) => typist.confirmed());
    const unconfirmedOnC = onC.flatMap((typist) => typist.unconfirmed());
    await c.kill9();

    // They go on typing through the failover; C's clients are back on A and B.
    const typedBeforeKill = onC.map((typist) => typist.typed().length);
    await retry(() => {
      onC.forEach((typist, i) => {
        expect(typist.client.provider.wsconnected).toBe(true);
        expect(typist.client.provider.ws?.url).toContain(`:${(i === 0 ? a : b).port}/`);
        expect(typist.confirmed().length).toBeGreaterThan((typedBeforeKill[i] as number) + 5);
      });
    }, 15_000);
    for (const typist of typists) typist.stop();
    await Promise.all(placed.map(({ client }) => client.allConfirmed(15_000)));

    const typed = typists.flatMap((typist) => typist.typed());
    const stored = (await cluster.storedDoc(treatyId)).getXmlFragment(TREATY_FRAGMENT).toString();
    expect(notOnceIn(stored, confirmedAtKill)).toEqual([]);
    expect(notOnceIn(stored, typed)).toEqual([]);
    await retry(() => {
      for (const { client } of placed) expect(client.fragment.toString()).toBe(stored);
    }, 10_000);
    console.log(
      `node kill: ${typed.length} tokens typed, ${confirmedAtKill.length} confirmed at the kill, ` +
        `${unconfirmedOnC.length} unconfirmed on the killed node's clients, all stored once`,
    );
    for (const { client } of placed) client.destroy();
  });
});
