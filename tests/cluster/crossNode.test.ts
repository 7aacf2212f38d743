import { AgreementRoot, CloseCode } from '@pactum/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { call, createInvite, joinWithInvite, memberOf, operatorHeaders } from '../helpers/access.ts';
import { createTreaty, readTreaty, sampleTreatyId } from '../helpers/api.ts';
import { CollabClient } from '../helpers/CollabClient.ts';
import { startCluster } from '../helpers/cluster.ts';
import { openRawSocket } from '../helpers/rawSocket.ts';
import { retry } from '../helpers/retry.ts';
import type { RunningServer } from '../helpers/startServer.ts';
import { Typist } from '../helpers/Typist.ts';

type Three = [RunningServer, RunningServer, RunningServer];

describe('one treaty served by several nodes', () => {
  it('a node loading a treaty right after another committed to it serves the committed text', async () => {
    const cluster = await startCluster({ nodes: 2 });
    const [a, b] = cluster.nodes as [RunningServer, RunningServer];
    for (let round = 0; round < 8; round++) {
      const { id } = await createTreaty(a.url, `Loaded after a commit ${round}`);
      const writer = new CollabClient(a.wsUrl, id);
      await writer.synced();
      const typist = new Typist(writer, `w${round}`, 0);
      // Even rounds: B loads after A committed and stopped; odd rounds: while A goes on committing.
      if (round % 2 === 0) {
        for (let i = 0; i < 5; i++) typist.type();
        await writer.allConfirmed();
      } else {
        typist.start(5);
        await retry(() => expect(typist.confirmed().length).toBeGreaterThanOrEqual(5));
      }
      const committed = typist.confirmed();
      // B's first client for this treaty: what it holds the moment it is synced, before anything relayed later.
      const reader = new CollabClient(b.wsUrl, id);
      const atSync = new Promise<string>((resolve) =>
        reader.provider.once('sync', () => resolve(reader.fragment.toString())),
      );
      const first = await atSync;
      expect(
        committed.filter((token) => !first.includes(token)),
        `round ${round}`,
      ).toEqual([]);
      typist.stop();
      await writer.allConfirmed();
      await retry(() => expect(reader.fragment.toString()).toBe(writer.fragment.toString()));
      reader.destroy();
      writer.destroy();
    }
  });

  it('agreement writes, server edits and reverts made on node A reach a client on node B live', async () => {
    const cluster = await startCluster();
    const [a, b, c] = cluster.nodes as Three;
    const id = await sampleTreatyId(a.url);
    const drafter = await memberOf(a, id, 'Olena', 'UA', 'drafter');
    const chair = await memberOf(a, id, 'Claire', 'SEC', 'chair');
    const watcher = new CollabClient(b.wsUrl, id);
    await watcher.synced();
    const clauses = (await readTreaty(a.url, id)).clauses;
    const clause = (index: number) => `/treaties/${id}/clauses/${clauses[index]?.clauseId}`;

    // A sign-off over REST on A.
    const signed = await call(a, 'POST', `${clause(2)}/signoff`, { headers: drafter.headers, body: {} });
    expect(signed.status).toBe(200);
    await retry(() =>
      expect([...watcher.doc.getMap(AgreementRoot.signoffs).values()]).toContainEqual(
        expect.objectContaining({ clauseId: clauses[2]?.clauseId, delegation: 'UA' }),
      ),
    );

    // The chair adopts an option on A: the server rewrites the article's text.
    const option = await call(a, 'POST', `${clause(3)}/options`, {
      headers: drafter.headers,
      body: { paragraphs: ['Assistance shall be provided within 48 hours.'] },
    });
    expect(option.status).toBe(201);
    const adopted = await call(a, 'POST', `/treaties/${id}/options/${option.body.id}/adopt`, {
      headers: chair.headers,
    });
    expect(adopted.status).toBe(200);
    await retry(() =>
      expect(watcher.treaty().clauses[3]?.text).toBe('Assistance shall be provided within 48 hours.'),
    );

    // A new party, written by the server on A.
    const party = await call(a, 'PUT', `/treaties/${id}/parties/SE`, {
      headers: chair.headers,
      body: { name: 'Sweden' },
    });
    expect(party.status).toBe(201);
    await retry(() => expect(watcher.treaty().parties).toContainEqual({ code: 'SE', name: 'Sweden' }));

    // A client on C forges a sign-off: C's server reverts it, and B ends with the text edit but not the forgery.
    const forger = new CollabClient(c.wsUrl, id, { headers: drafter.headers });
    await forger.synced();
    forger.doc.getMap(AgreementRoot.signoffs).set(`${clauses[0]?.clauseId}/FR`, {
      clauseId: clauses[0]?.clauseId,
      delegation: 'FR',
      contentHash: 'x',
    });
    forger.bodyText(1).insert(0, 'Kept. ');
    await forger.allConfirmed();
    await retry(() => {
      expect(watcher.treaty().clauses[1]?.text).toMatch(/^Kept\. /);
      expect(watcher.doc.getMap(AgreementRoot.signoffs).has(`${clauses[0]?.clauseId}/FR`)).toBe(false);
    });
    for (const client of [watcher, forger]) client.destroy();
  });

  it('a session made on one node works on the others; revoking or signing out on one closes sockets on all', async () => {
    const cluster = await startCluster();
    const [a, b, c] = cluster.nodes as Three;
    const id = await sampleTreatyId(a.url);
    const chair = await memberOf(c, id, 'Claire', 'SEC', 'chair');

    // Pierre accepts his invite on A; his session opens the treaty on B and C, over REST and WebSocket.
    const invite = await createInvite(a, id, { delegation: 'FR', role: 'drafter' });
    const pierre = await joinWithInvite(a, invite.token, 'Pierre');
    const pierreHeaders = { cookie: pierre.cookie };
    expect((await call(b, 'GET', `/treaties/${id}`, { headers: pierreHeaders })).status).toBe(200);
    const onB = new CollabClient(b.wsUrl, id, { headers: pierreHeaders });
    const onC = new CollabClient(c.wsUrl, id, { headers: pierreHeaders });
    await Promise.all([onB.synced(), onC.synced()]);

    // The chair revokes him on A: his sockets on B and C close for good, and no node lets him back in.
    const revoked = await call(a, 'DELETE', `/treaties/${id}/members/${pierre.memberId}`, {
      headers: chair.headers,
    });
    expect(revoked.status).toBe(200);
    expect((await onB.closedWith()).code).toBe(CloseCode.Forbidden);
    expect((await onC.closedWith()).code).toBe(CloseCode.Forbidden);
    // It was his only membership, so his session has ended with it.
    expect((await call(b, 'GET', `/treaties/${id}`, { headers: pierreHeaders })).status).toBe(401);
    expect((await (await openRawSocket(`${c.wsUrl}/collab/${id}`, pierreHeaders)).closed).code).toBe(
      CloseCode.Unauthorized,
    );

    // Olena joins on B and signs out on B: her sockets on A and C close, and her session is gone on C.
    const olena = await memberOf(b, id, 'Olena', 'UA', 'drafter');
    const onA = new CollabClient(a.wsUrl, id, { headers: olena.headers });
    const alsoOnC = new CollabClient(c.wsUrl, id, { headers: olena.headers });
    await Promise.all([onA.synced(), alsoOnC.synced()]);
    expect((await call(b, 'POST', '/session/sign-out', { headers: olena.headers })).status).toBe(200);
    expect((await onA.closedWith()).code).toBe(CloseCode.Unauthorized);
    expect((await alsoOnC.closedWith()).code).toBe(CloseCode.Unauthorized);
    expect((await call(c, 'GET', `/treaties/${id}`, { headers: olena.headers })).status).toBe(401);

    // The operator still works everywhere.
    for (const node of [a, b, c]) {
      expect((await call(node, 'GET', `/treaties/${id}`, { headers: operatorHeaders(node) })).status).toBe(
        200,
      );
    }
    for (const client of [onB, onC, onA, alsoOnC]) client.destroy();
  });

  it('carets of a client on node A reach clients on nodes B and C, and go when it leaves', async () => {
    const cluster = await startCluster();
    const [a, b, c] = cluster.nodes as Three;
    const id = await sampleTreatyId(a.url);
    const olena = await memberOf(a, id, 'Olena', 'UA', 'drafter');
    const pierre = await memberOf(b, id, 'Pierre', 'FR', 'drafter');
    const writer = new CollabClient(a.wsUrl, id, { headers: olena.headers });
    const watcher = new CollabClient(b.wsUrl, id, { headers: pierre.headers });
    await Promise.all([writer.synced(), watcher.synced()]);

    const caret = Y.createRelativePositionFromTypeIndex(writer.bodyText(0), 3);
    writer.provider.awareness.setLocalStateField('cursor', { anchor: caret, head: caret });
    const relayed = JSON.parse(JSON.stringify(caret));
    const expected = {
      user: { name: 'Olena', delegation: 'UA', role: 'drafter', color: expect.any(String) },
      cursor: { anchor: relayed, head: relayed },
    };
    await retry(() =>
      expect(watcher.provider.awareness.getStates().get(writer.doc.clientID)).toEqual(expected),
    );

    // C loads the treaty only now: its first client is told about the caret held on A.
    const late = new CollabClient(c.wsUrl, id, { headers: pierre.headers });
    await late.synced();
    await retry(() => expect(late.provider.awareness.getStates().get(writer.doc.clientID)).toEqual(expected));

    // The caret moves, then its client leaves: both show on B and C.
    const moved = Y.createRelativePositionFromTypeIndex(writer.bodyText(0), 7);
    writer.provider.awareness.setLocalStateField('cursor', { anchor: moved, head: moved });
    const movedJSON = JSON.parse(JSON.stringify(moved));
    await retry(() => {
      for (const client of [watcher, late]) {
        expect(client.provider.awareness.getStates().get(writer.doc.clientID)?.cursor).toEqual({
          anchor: movedJSON,
          head: movedJSON,
        });
      }
    });
    const writerId = writer.doc.clientID;
    writer.destroy();
    await retry(() => {
      for (const client of [watcher, late])
        expect(client.provider.awareness.getStates().has(writerId)).toBe(false);
    });
    for (const client of [watcher, late]) client.destroy();
  });
});
