import { newClauseId } from '@pactum/shared';
import * as prng from 'lib0/prng';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readTreaty, sampleTreatyId } from '../helpers/api.ts';
import { CollabClient } from '../helpers/CollabClient.ts';
import { startServer } from '../helpers/startServer.ts';

const SEEDS = [1, 2, 3, 4];
const CLIENTS = 4;
const OPS_PER_CLIENT = 80;

function newClause(heading: string): Y.XmlElement {
  const clause = new Y.XmlElement('clause');
  clause.setAttribute('clauseId', newClauseId());
  const headingEl = new Y.XmlElement('clauseHeading');
  headingEl.insert(0, [new Y.XmlText(heading)]);
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText('new clause text')]);
  const body = new Y.XmlElement('clauseBody');
  body.insert(0, [paragraph]);
  clause.insert(0, [headingEl, body]);
  return clause;
}

/** One random edit: type, delete, add or remove a clause, or drop/restore the connection. */
function randomOp(gen: prng.PRNG, client: CollabClient, label: string): void {
  const clauses = client.clauseCount();
  const index = prng.uint32(gen, 0, clauses - 1);
  const roll = prng.uint32(gen, 0, 99);
  if (roll < 45) {
    const text = client.bodyText(index);
    text.insert(prng.uint32(gen, 0, text.length), `${label} `);
  } else if (roll < 70) {
    const text = client.bodyText(index);
    if (text.length > 0) {
      const from = prng.uint32(gen, 0, text.length - 1);
      text.delete(from, prng.uint32(gen, 1, Math.min(8, text.length - from)));
    }
  } else if (roll < 78) {
    client.fragment.insert(2 + prng.uint32(gen, 0, clauses), [newClause(label)]);
  } else if (roll < 84 && clauses > 6) {
    client.fragment.delete(2 + index, 1);
  } else if (roll < 92) {
    if (client.provider.shouldConnect) client.provider.disconnect();
    else client.provider.connect();
  }
}

describe('convergence through the server and its store', () => {
  it.each(SEEDS)(
    'seed %i: clients with random edits and disconnects converge, and so does a reload from disk',
    async (seed) => {
      // A tiny compaction threshold makes the server rewrite its log many times during the run.
      const server = await startServer({ env: { PACTUM_COMPACT_AFTER_ROWS: '20' } });
      const id = await sampleTreatyId(server.url);
      const clients = Array.from({ length: CLIENTS }, () => new CollabClient(server.wsUrl, id));
      await Promise.all(clients.map((c) => c.synced()));
      const gen = prng.create(seed);

      for (let op = 0; op < OPS_PER_CLIENT; op++) {
        for (const [i, client] of clients.entries()) randomOp(gen, client, `s${seed}c${i}o${op}`);
        if (prng.uint32(gen, 0, 3) === 0)
          await new Promise((resolve) => setTimeout(resolve, prng.uint32(gen, 0, 5)));
      }
      for (const client of clients) client.provider.connect();
      await Promise.all(clients.map((c) => c.synced(15_000)));
      await Promise.all(clients.map((c) => c.allConfirmed(15_000)));

      const expected = clients[0]?.treaty();
      const context = `seed ${seed}`;
      for (const client of clients) expect(client.treaty(), context).toEqual(expected);
      expect((await readTreaty(server.url, id)).clauses, context).toEqual(expected?.clauses);
      const clauseIds = expected?.clauses.map((c) => c.clauseId) ?? [];
      expect(new Set(clauseIds).size, context).toBe(clauseIds.length);

      for (const client of clients) client.destroy();
      await server.stop();
      const reloaded = await startServer({ dataDir: server.dataDir });
      expect((await readTreaty(reloaded.url, id)).clauses, context).toEqual(expected?.clauses);
    },
  );
});
