import { AgreementRoot, MessageType, TREATY_FRAGMENT } from '@pactum/shared';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { call, createInvite, joinWithInvite, memberOf, operatorHeaders } from '../helpers/access.ts';
import { createTreaty, readTreaty, sampleTreatyId } from '../helpers/api.ts';
import { CollabClient } from '../helpers/CollabClient.ts';
import { openRawSocket } from '../helpers/rawSocket.ts';
import { retry } from '../helpers/retry.ts';
import { type RunningServer, startServer } from '../helpers/startServer.ts';

type Who = 'anonymous' | 'outsider' | 'observer' | 'drafter' | 'chair';
type Need = 'read' | 'manage' | 'negotiate' | 'comment' | 'party';

/** Who may do what (shared/src/access/roles.ts), as the expected HTTP outcome. */
function expected(who: Who, need: Need): 'ok' | 401 | 403 {
  if (who === 'anonymous') return 401;
  if (who === 'outsider') return 403;
  if (need === 'read') return 'ok';
  if (who === 'observer') return 403;
  if (need === 'manage') return who === 'chair' ? 'ok' : 403;
  // The chair's delegation (SEC) is not a party, so it cannot sign off.
  if (need === 'party') return who === 'drafter' ? 'ok' : 403;
  return 'ok';
}

/** The people of the matrix: a chair (SEC), a drafter (UA), an observer, a member of another treaty, nobody. */
async function cast(server: RunningServer, treatyId: string) {
  const other = await createTreaty(server.url, 'Another treaty');
  const outsider = await memberOf(server, other.id, 'Outsider', 'XX', 'observer');
  return {
    anonymous: {},
    outsider: outsider.headers,
    observer: (await memberOf(server, treatyId, 'Oscar', 'OBS', 'observer')).headers,
    drafter: (await memberOf(server, treatyId, 'Olena', 'UA', 'drafter')).headers,
    chair: (await memberOf(server, treatyId, 'Claire', 'SEC', 'chair')).headers,
  } satisfies Record<Who, Record<string, string>>;
}

/** An update that inserts a paragraph of text at the top of the treaty, made by a stranger's doc. */
function strangerUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment(TREATY_FRAGMENT).insert(0, [paragraph]);
  return Y.encodeStateAsUpdate(doc);
}

function syncFrame(kind: number, update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Sync);
  encoding.writeVarUint(encoder, kind);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

describe('who may do what', () => {
  it('enforces the role × action matrix on every REST route', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const people = await cast(server, id);
    const [first, second] = (await readTreaty(server.url, id)).clauses;
    const clause = `/treaties/${id}/clauses/${first?.clauseId}`;
    const option = await call(server, 'POST', `${clause}/options`, {
      headers: people.drafter,
      body: { paragraphs: ['Each Party shall assist within 24 hours.'] },
    });
    expect(option.status).toBe(201);

    const routes: Array<[string, string, Need, unknown?]> = [
      ['GET', `/treaties/${id}`, 'read'],
      ['GET', `/treaties/${id}/clauses`, 'read'],
      ['GET', `/treaties/${id}/matrix`, 'read'],
      [
        'POST',
        `/treaties/${id}/scenario`,
        'read',
        { trigger: 'armed-attack', severity: 3, verifiedBy: 'joint-monitoring-mission' },
      ],
      ['GET', `/treaties/${id}/versions`, 'read'],
      ['GET', `/treaties/${id}/compare?from=live&to=live`, 'read'],
      ['GET', `/treaties/${id}/clauses/${second?.clauseId}/history`, 'read'],
      ['GET', `/treaties/${id}/me`, 'read'],
      ['GET', `/treaties/${id}/members`, 'read'],
      ['GET', `/treaties/${id}/agreement`, 'read'],
      ['GET', `/treaties/${id}/audit`, 'read'],
      ['GET', `/treaties/${id}/audit/verify`, 'read'],
      ['POST', `/treaties/${id}/versions`, 'manage', { name: 'Paris draft 3' }],
      ['GET', `/treaties/${id}/invites`, 'manage'],
      ['POST', `/treaties/${id}/invites`, 'manage', { delegation: 'FR', role: 'observer' }],
      ['POST', `${clause}/brackets`, 'negotiate', { reason: 'capital to confirm' }],
      ['DELETE', `${clause}/brackets`, 'negotiate'],
      ['POST', `${clause}/signoff`, 'party', { adReferendum: true }],
      ['POST', `${clause}/options`, 'negotiate', { paragraphs: ['Alternative wording.'] }],
      ['POST', `/treaties/${id}/options/${option.body.id}/support`, 'negotiate'],
      ['POST', `${clause}/comments`, 'comment', { text: 'Why 24 hours?' }],
      ['POST', `${clause}/reservations`, 'negotiate', { text: 'Subject to parliamentary approval.' }],
      ['POST', `/treaties/${id}/options/${option.body.id}/adopt`, 'manage'],
      ['PUT', `/treaties/${id}/parties/SE`, 'manage', { name: 'Sweden' }],
      ['DELETE', `/treaties/${id}/parties/SE`, 'manage'],
      ['POST', `/treaties/${id}/domains`, 'manage', { label: 'Space', color: '#336699' }],
      ['GET', `/treaties/${id}/languages`, 'read'],
      ['GET', `/treaties/${id}/concordance`, 'read'],
      ['POST', `${clause}/concordance`, 'party', {}],
      ['POST', `/treaties/${id}/languages`, 'manage', { code: 'fr' }],
      ['DELETE', `/treaties/${id}/languages/fr`, 'manage'],
    ];
    const outcomes: string[] = [];
    const wanted: string[] = [];
    for (const [method, path, need, body] of routes) {
      for (const who of ['anonymous', 'outsider', 'observer', 'drafter', 'chair'] as const) {
        const { status } = await call(server, method, path, { headers: people[who], body });
        const want = expected(who, need);
        outcomes.push(`${who} ${method} ${path}: ${status >= 200 && status < 300 ? 'ok' : status}`);
        wanted.push(`${who} ${method} ${path}: ${want}`);
      }
    }
    expect(outcomes).toEqual(wanted);
    // Each refusal carries the code (and values) the client words it from.
    const outsider = await call(server, 'GET', `/treaties/${id}`, { headers: people.outsider });
    expect(outsider.body.error.code).toBe('not_a_member');
    const drafterManages = await call(server, 'GET', `/treaties/${id}/invites`, { headers: people.drafter });
    expect(drafterManages.body.error).toMatchObject({
      code: 'role_forbids',
      params: { role: 'drafter', action: 'manage' },
    });

    // The operator token acts as chair everywhere; a wrong token is nobody.
    expect(
      (await call(server, 'GET', `/treaties/${id}/invites`, { headers: operatorHeaders(server) })).status,
    ).toBe(200);
    const wrong = { authorization: 'Bearer not-the-token-at-all' };
    expect((await call(server, 'GET', `/treaties/${id}`, { headers: wrong })).status).toBe(401);
    // The list shows only the caller's treaties.
    const listed = await call(server, 'GET', '/treaties', { headers: people.outsider });
    expect(listed.body.treaties.map((t: { title: string }) => t.title)).toEqual(['Another treaty']);
    expect((await call(server, 'GET', '/treaties')).status).toBe(401);
    // Server statistics are for the operator only.
    expect((await call(server, 'GET', '/admin/stats')).status).toBe(401);
    const chairStats = await call(server, 'GET', '/admin/stats', { headers: people.chair });
    expect(chairStats.status).toBe(403);
    expect(chairStats.body.error.code).toBe('operator_only');
    const stats = await call(server, 'GET', '/admin/stats', { headers: operatorHeaders(server) });
    expect(stats.body).toMatchObject({
      rooms: expect.any(Number),
      memory: { heapUsed: expect.any(Number) },
      store: {
        bytes: expect.any(Number),
        walBytes: expect.any(Number),
        pageCacheLimitBytes: expect.any(Number),
      },
    });
    expect(stats.body.store.bytes).toBeGreaterThan(0);
  });

  it('refuses sockets without a session (4401), from non-members or foreign origins (4403)', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const people = await cast(server, id);
    const url = `${server.wsUrl}/collab/${id}`;
    const closeOf = async (headers: Record<string, string>) =>
      (await (await openRawSocket(url, headers)).closed).code;
    expect(await closeOf({})).toBe(4401);
    expect(await closeOf({ authorization: 'Bearer wrong-token-wrong-token' })).toBe(4401);
    expect(await closeOf(people.outsider)).toBe(4403);
    expect(await closeOf({ ...people.drafter, origin: 'http://evil.example' })).toBe(4403);

    // The server's own origin is fine.
    const sameOrigin = await openRawSocket(url, {
      ...people.drafter,
      origin: `http://127.0.0.1:${server.port}`,
    });
    await sameOrigin.firstMessage;
    expect(sameOrigin.ws.readyState).toBe(sameOrigin.ws.OPEN);
    sameOrigin.ws.close();

    // A cookie-carrying write from another site's page is refused too.
    const forged = await call(server, 'POST', `/treaties/${id}/clauses/x/comments`, {
      headers: { ...people.drafter, origin: 'http://evil.example' },
      body: { text: 'hi' },
    });
    expect(forged.status).toBe(403);
    expect(forged.body.error.code).toBe('origin_not_allowed');
    const invite = await createInvite(server, id, { delegation: 'NL', role: 'observer' });
    const crossSiteJoin = await call(server, 'POST', `/invites/${invite.token}/accept`, {
      headers: { origin: 'http://evil.example' },
      body: { displayName: 'Lured' },
    });
    expect(crossSiteJoin.status).toBe(403);
    expect((await call(server, 'GET', `/invites/${invite.token}`)).body.delegation).toBe('NL');
  });

  it("never applies, broadcasts or stores an observer's updates, even hand-made ones, and closes after repeated attempts", async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const people = await cast(server, id);
    const before = await readTreaty(server.url, id);
    const drafter = new CollabClient(server.wsUrl, id, { headers: people.drafter });
    const observer = new CollabClient(server.wsUrl, id, { headers: people.observer });
    await Promise.all([drafter.synced(), observer.synced()]);

    // Through y-websocket, as a modified client would.
    observer.bodyText(0).insert(0, 'OBSERVER WAS HERE ');
    // By hand: an update frame and a sync step 2 frame.
    const raw = await openRawSocket(`${server.wsUrl}/collab/${id}`, people.observer);
    await raw.firstMessage;
    raw.ws.send(syncFrame(syncProtocol.messageYjsUpdate, strangerUpdate('RAW UPDATE')));
    raw.ws.send(syncFrame(syncProtocol.messageYjsSyncStep2, strangerUpdate('RAW STEP 2')));
    raw.ws.send(syncFrame(syncProtocol.messageYjsUpdate, strangerUpdate('RAW AGAIN')));
    expect((await raw.closed).code).toBe(4403);

    // The drafter's edit goes through; when it arrives, nothing of the observer's came before it.
    drafter.bodyText(1).insert(0, 'Drafted. ');
    await drafter.allConfirmed();
    await retry(async () =>
      expect((await readTreaty(server.url, id)).clauses[1]?.text).toMatch(/^Drafted\. /),
    );
    const after = await readTreaty(server.url, id);
    const stored = JSON.stringify(after);
    for (const marker of ['OBSERVER WAS HERE', 'RAW UPDATE', 'RAW STEP 2', 'RAW AGAIN']) {
      expect(stored).not.toContain(marker);
      expect(drafter.fragment.toString()).not.toContain(marker);
    }
    expect(after.clauses[0]?.text).toBe(before.clauses[0]?.text);
    // The observer still reads live: it sees the drafter's edit.
    await retry(() => expect(observer.treaty().clauses[1]?.text).toMatch(/^Drafted\. /));
    for (const client of [drafter, observer]) client.destroy();
  });

  it('disconnects a revoked member at once and refuses them afterwards', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const other = await createTreaty(server.url, 'Another treaty');
    const chair = await memberOf(server, id, 'Claire', 'SEC', 'chair');
    const drafter = await memberOf(server, id, 'Pierre', 'FR', 'drafter');
    // The same person (same browser) is also a member of another treaty.
    const again = await createInvite(server, other.id, { delegation: 'FR', role: 'observer' });
    const moved = await fetch(`${server.url}/api/invites/${again.token}/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...drafter.headers },
      body: JSON.stringify({ displayName: 'Pierre' }),
    });
    const headers = { cookie: (moved.headers.get('set-cookie') ?? '').split(';')[0] as string };
    const client = new CollabClient(server.wsUrl, id, { headers });
    await client.synced();
    // A chair cannot lock themselves out.
    const self = await call(server, 'DELETE', `/treaties/${id}/members/${chair.memberId}`, {
      headers: chair.headers,
    });
    expect(self.status).toBe(409);
    expect(self.body.error).toEqual({
      code: 'chair_cannot_revoke_self',
      message: 'a chair cannot revoke their own membership',
    });
    const revoked = await call(server, 'DELETE', `/treaties/${id}/members/${drafter.memberId}`, {
      headers: chair.headers,
    });
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    expect((await client.closedWith()).code).toBe(4403);
    expect((await call(server, 'GET', `/treaties/${id}`, { headers })).status).toBe(403);
    expect((await (await openRawSocket(`${server.wsUrl}/collab/${id}`, headers)).closed).code).toBe(4403);
    // The other membership still opens its treaty.
    expect((await call(server, 'GET', `/treaties/${other.id}`, { headers })).status).toBe(200);
    expect((await call(server, 'GET', '/session', { headers })).body.memberships).toHaveLength(1);
    client.destroy();
  });

  it('rewrites awareness identity from the session, so nobody can pose as another delegation', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const olena = await memberOf(server, id, 'Olena', 'UA', 'drafter');
    const pierre = await memberOf(server, id, 'Pierre', 'FR', 'drafter');
    const forger = new CollabClient(server.wsUrl, id, { headers: olena.headers });
    const watcher = new CollabClient(server.wsUrl, id, { headers: pierre.headers });
    await Promise.all([forger.synced(), watcher.synced()]);
    forger.provider.awareness.setLocalStateField('user', {
      name: 'Pierre',
      delegation: 'FR',
      color: '#000000',
      role: 'chair',
    });
    const caret = Y.createRelativePositionFromTypeIndex(forger.bodyText(0), 3);
    forger.provider.awareness.setLocalStateField('cursor', { anchor: caret, head: caret });
    forger.provider.awareness.setLocalStateField('extra', 'x'.repeat(1000));
    const relayed = JSON.parse(JSON.stringify(caret));
    await retry(() =>
      expect(watcher.provider.awareness.getStates().get(forger.doc.clientID)).toEqual({
        user: { name: 'Olena', delegation: 'UA', role: 'drafter', color: expect.any(String) },
        cursor: { anchor: relayed, head: relayed },
      }),
    );
    for (const client of [forger, watcher]) client.destroy();
  });

  it('reverts client writes to the agreement records: only the server writes sign-offs', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const olena = await memberOf(server, id, 'Olena', 'UA', 'drafter');
    const forger = new CollabClient(server.wsUrl, id, { headers: olena.headers });
    const watcher = new CollabClient(server.wsUrl, id);
    await Promise.all([forger.synced(), watcher.synced()]);
    const clauseId = forger.treaty().clauses[0]?.clauseId;
    forger.doc
      .getMap(AgreementRoot.signoffs)
      .set(`${clauseId}/FR`, { clauseId, delegation: 'FR', contentHash: 'x' });
    forger.bodyText(2).insert(0, 'Kept. ');
    await forger.allConfirmed();
    await retry(() => expect(forger.doc.getMap(AgreementRoot.signoffs).size).toBe(0));
    await retry(() => expect(watcher.treaty().clauses[2]?.text).toMatch(/^Kept\. /));
    expect(watcher.doc.getMap(AgreementRoot.signoffs).size).toBe(0);
    const overview = await call(server, 'GET', `/treaties/${id}/agreement`, { headers: olena.headers });
    expect(overview.body.clauses[0].signoffs).toEqual([]);
    for (const client of [forger, watcher]) client.destroy();
  });

  it('handles invites: links, cookie, expiry, use limits and revocation', async () => {
    const server = await startServer({ env: { LOG_LEVEL: 'debug' } });
    const id = await sampleTreatyId(server.url);
    const invite = await createInvite(server, id, { delegation: 'PL', role: 'drafter', maxUses: 1 });
    const preview = await call(server, 'GET', `/invites/${invite.token}`);
    expect(preview.body).toMatchObject({ treatyId: id, delegation: 'PL', role: 'drafter' });

    const accepted = await fetch(`${server.url}/api/invites/${invite.token}/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ displayName: 'Marta' }),
    });
    expect(accepted.status).toBe(200);
    const setCookie = accepted.headers.get('set-cookie') ?? '';
    // 127.0.0.1 is a secure context for browsers, so the cookie is `__Host-` and `Secure`.
    expect(setCookie).toMatch(/^__Host-pactum_session=[A-Za-z0-9_-]{40,};/);
    for (const flag of [/; HttpOnly/i, /; SameSite=Lax/i, /; Secure/i, /; Path=\/(;|$)/]) {
      expect(setCookie).toMatch(flag);
    }
    expect(setCookie).not.toMatch(/Domain=/i);
    const cookie = setCookie.split(';')[0] as string;
    const me = await call(server, 'GET', `/treaties/${id}/me`, { headers: { cookie } });
    expect(me.body).toMatchObject({
      role: 'drafter',
      delegation: 'PL',
      displayName: 'Marta',
      canSignOff: true,
    });

    // Used up, unknown, malformed body, revoked, expired: each with the code the client words.
    const usedUp = await call(server, 'POST', `/invites/${invite.token}/accept`, {
      body: { displayName: 'Eve' },
    });
    expect(usedUp.status).toBe(410);
    expect(usedUp.body.error.code).toBe('invite_used_up');
    const unknown = await call(server, 'GET', '/invites/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('invite_invalid');
    const other = await createInvite(server, id, { delegation: 'NL', role: 'observer' });
    const nameless = await call(server, 'POST', `/invites/${other.token}/accept`, {
      body: { displayName: '' },
    });
    expect(nameless.status).toBe(400);
    expect(nameless.body.error).toMatchObject({ code: 'bad_request', params: { field: 'displayName' } });
    const revoked = await call(server, 'DELETE', `/treaties/${id}/invites/${other.id}`, {
      headers: operatorHeaders(server),
    });
    expect(revoked.body.usable).toBe(false);
    expect((await call(server, 'GET', `/invites/${other.token}`)).body.error.code).toBe('invite_revoked');
    const shortLived = await createInvite(server, id, {
      delegation: 'NL',
      role: 'observer',
      expiresInHours: 0.0003,
    });
    await new Promise((resolve) => setTimeout(resolve, 1300));
    const expired = await call(server, 'POST', `/invites/${shortLived.token}/accept`, {
      body: { displayName: 'Late' },
    });
    expect(expired).toMatchObject({
      status: 410,
      body: { error: { code: 'invite_expired', message: expect.stringMatching(/expired/) } },
    });

    // A drafter must belong to a party; the message says how to fix it.
    const notParty = await call(server, 'POST', `/treaties/${id}/invites`, {
      headers: operatorHeaders(server),
      body: { delegation: 'ZZ', role: 'drafter' },
    });
    expect(notParty.status).toBe(400);
    expect(notParty.body.error.message).toMatch(/not a party/);
    expect(notParty.body.error).toMatchObject({ code: 'drafter_needs_party', params: { delegation: 'ZZ' } });

    // Secrets never reach the log, even at debug level: the invite page's path holds one too.
    await (await fetch(invite.url)).text();
    await retry(() => expect(server.output()).toContain('"url":"/invite/<token>"'));
    const output = server.output();
    expect(output).toContain('"url":"/api/invites/<token>');
    for (const secret of [server.adminToken, invite.token, cookie.split('=')[1] as string]) {
      expect(output).not.toContain(secret);
    }
  });

  it('makes the creator of a treaty its chair', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const olena = await memberOf(server, id, 'Olena', 'UA', 'drafter');
    const created = await call(server, 'POST', '/treaties', {
      headers: olena.headers,
      body: { title: 'Bilateral annex', delegation: 'UA' },
    });
    expect(created.status).toBe(201);
    const me = await call(server, 'GET', `/treaties/${created.body.id}/me`, { headers: olena.headers });
    expect(me.body).toMatchObject({ role: 'chair', delegation: 'UA', displayName: 'Olena' });
    expect((await call(server, 'POST', '/treaties', { body: { title: 'Nobody' } })).status).toBe(401);
    const session = await call(server, 'GET', '/session', { headers: olena.headers });
    expect(session.body.memberships.map((m: { role: string }) => m.role).sort()).toEqual([
      'chair',
      'drafter',
    ]);
  });

  it('prints a one-use chair link on first start only', async () => {
    const server = await startServer();
    const link =
      /Chair link for "Framework Agreement[^"]*" \(works once\): http:\/\/localhost:\d+(\/invite\/\S+)/.exec(
        server.output(),
      );
    expect(link).not.toBeNull();
    const token = String(link?.[1]).split('/').pop() as string;
    const joined = await joinWithInvite(server, token, 'First chair');
    const id = await sampleTreatyId(server.url);
    expect(
      (await call(server, 'GET', `/treaties/${id}/me`, { headers: { cookie: joined.cookie } })).body.role,
    ).toBe('chair');
    expect((await call(server, 'GET', `/invites/${token}`)).status).toBe(410);
    await server.stop();
    const again = await startServer({ dataDir: server.dataDir });
    expect(again.output()).not.toContain('Chair link');
  });
});
