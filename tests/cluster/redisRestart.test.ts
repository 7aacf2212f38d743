import { TREATY_FRAGMENT } from '@pactum/shared';
import { describe, expect, it } from 'vitest';
import { sampleTreatyId } from '../helpers/api.ts';
import { CollabClient } from '../helpers/CollabClient.ts';
import { startCluster } from '../helpers/cluster.ts';
import { retry } from '../helpers/retry.ts';
import { notOnceIn, Typist } from '../helpers/Typist.ts';

describe('Redis restarted mid-session (everything it held is gone)', () => {
  it('the nodes heal from the store and converge, nothing confirmed is lost, and the relay works again', async () => {
    const cluster = await startCluster();
    const { nodes } = cluster;
    const treatyId = await sampleTreatyId(nodes[0]?.url ?? '');
    const clients = nodes.map((node) => new CollabClient(node.wsUrl, treatyId));
    const typists = clients.map((client, i) => new Typist(client, `r${i}`, i));
    await Promise.all(clients.map((client) => client.synced()));

    for (const typist of typists) typist.start(20);
    await retry(() => {
      for (const typist of typists) expect(typist.confirmed().length).toBeGreaterThanOrEqual(5);
    }, 10_000);
    const before = typists.map((typist) => typist.typed().length);
    let missedWhileDown = 0;
    await cluster.redis.restart(async () => {
      // Typing goes on while Redis is away: each node stores its clients' edits but cannot relay them.
      await retry(() => {
        typists.forEach((typist, i) => {
          expect(typist.typed().length).toBeGreaterThan((before[i] as number) + 10);
        });
      }, 10_000);
      const seenByFirst = clients[0]?.fragment.toString() ?? '';
      missedWhileDown = typists
        .slice(1)
        .flatMap((typist) => typist.typed())
        .filter((token) => !seenByFirst.includes(token)).length;
    });
    const atRestart = typists.map((typist) => typist.typed().length);
    await retry(() => {
      typists.forEach((typist, i) => {
        expect(typist.typed().length).toBeGreaterThan((atRestart[i] as number) + 10);
      });
    }, 10_000);
    for (const typist of typists) typist.stop();
    await Promise.all(clients.map((client) => client.allConfirmed(15_000)));

    const typed = typists.flatMap((typist) => typist.typed());
    const stored = (await cluster.storedDoc(treatyId)).getXmlFragment(TREATY_FRAGMENT).toString();
    expect(notOnceIn(stored, typed)).toEqual([]);
    await retry(() => {
      for (const client of clients) expect(client.fragment.toString()).toBe(stored);
    }, 20_000);

    // The relay is back: an edit on one node reaches a client of another live, and a fresh client of each node.
    const late = typists[0]?.type() ?? '';
    await retry(() => {
      for (const client of clients) expect(client.fragment.toString()).toContain(late);
    }, 5_000);
    for (const node of nodes) {
      const fresh = new CollabClient(node.wsUrl, treatyId);
      await fresh.synced();
      expect(notOnceIn(fresh.fragment.toString(), [...typed, late])).toEqual([]);
      fresh.destroy();
    }
    console.log(
      `Redis restart: ${typed.length} tokens typed, ${missedWhileDown} typed on other nodes ` +
        'had not reached the first node when Redis came back; all stored once and converged',
    );
    for (const client of clients) client.destroy();
  });
});
