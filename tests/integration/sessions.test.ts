import { describe, expect, it } from 'vitest';
import { call, createInvite, memberOf, operatorHeaders } from '../helpers/access.ts';
import { createTreaty, sampleTreatyId } from '../helpers/api.ts';
import { CollabClient } from '../helpers/CollabClient.ts';
import { rawRequest, sessionCookieOf } from '../helpers/rawRequest.ts';
import { openRawSocket } from '../helpers/rawSocket.ts';
import { type RunningServer, startServer } from '../helpers/startServer.ts';
import { openStoreSql } from '../helpers/storeSql.ts';

const DAY_MS = 86_400_000;

/** The sessions table of a running server's store, read and written beside it. */
async function sessionsOf(server: RunningServer) {
  const store = await openStoreSql(server.dataDir);
  return {
    setAllExpiries: (iso: string) => store.run('UPDATE sessions SET expires_at = ?', iso),
    expiriesMs: async () =>
      (await store.all<{ expires_at: string }>('SELECT expires_at FROM sessions')).map((row) =>
        Date.parse(row.expires_at),
      ),
    close: () => store.close(),
  };
}

async function accept(
  server: RunningServer,
  token: string,
  name: string,
  headers: Record<string, string> = {},
) {
  return rawRequest(`${server.url}/api/invites/${token}/accept`, {
    method: 'POST',
    headers,
    body: { displayName: name },
  });
}

describe('sessions', () => {
  it('signs out: the cookie is cleared, opens nothing afterwards and its sockets close', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const other = await createTreaty(server.url, 'Second treaty');
    const olena = await memberOf(server, id, 'Olena', 'UA', 'drafter');
    const invite = await createInvite(server, other.id, { delegation: 'UA', role: 'observer' });
    const joined = await accept(server, invite.token, 'Olena', olena.headers);
    const headers = { cookie: sessionCookieOf(joined) };
    const sockets = [id, other.id].map((treatyId) => new CollabClient(server.wsUrl, treatyId, { headers }));
    await Promise.all(sockets.map((socket) => socket.synced()));

    // Another site's page cannot sign anybody out.
    const forged = await call(server, 'POST', '/session/sign-out', {
      headers: { ...headers, origin: 'http://evil.example' },
    });
    expect(forged.status).toBe(403);
    expect((await call(server, 'GET', '/session', { headers })).status).toBe(200);

    const signedOut = await rawRequest(`${server.url}/api/session/sign-out`, { method: 'POST', headers });
    expect(signedOut.status).toBe(200);
    expect(signedOut.headers['set-cookie']).toEqual([
      '__Host-pactum_session=; Max-Age=0; Path=/; HttpOnly; Secure; SameSite=Lax',
      'pactum_session=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax',
    ]);
    for (const socket of sockets) expect((await socket.closedWith()).code).toBe(4401);
    for (const route of ['/session', '/treaties', `/treaties/${id}`, `/treaties/${other.id}/me`]) {
      expect(await call(server, 'GET', route, { headers })).toMatchObject({
        status: 401,
        body: { error: { code: 'session_ended' } },
      });
    }
    // Without any cookie it is the usual 401; a cookie naming no session is dropped from the browser.
    expect((await call(server, 'GET', '/session')).body.error.code).toBe('unauthorized');
    const unknown = await rawRequest(`${server.url}/api/session`, {
      headers: { cookie: '__Host-pactum_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
    });
    expect(unknown.status).toBe(401);
    expect(unknown.headers['set-cookie']).toEqual([
      '__Host-pactum_session=; Max-Age=0; Path=/; HttpOnly; Secure; SameSite=Lax',
      'pactum_session=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax',
    ]);
    expect((await (await openRawSocket(`${server.wsUrl}/collab/${id}`, headers)).closed).code).toBe(4401);
    // The memberships stay on the members list, for the record.
    const members = await call(server, 'GET', `/treaties/${id}/members`, {
      headers: operatorHeaders(server),
    });
    expect(members.body.members.map((m: { displayName: string }) => m.displayName)).toContain('Olena');
    expect((await call(server, 'POST', '/session/sign-out', { headers })).status).toBe(401);
    for (const socket of sockets) socket.destroy();
  });

  it('ends after the idle time; each request moves the end and renews the cookie', async () => {
    const server = await startServer({ env: { PACTUM_SESSION_IDLE_HOURS: '48' } });
    const id = await sampleTreatyId(server.url);
    const invite = await createInvite(server, id, { delegation: 'UA', role: 'drafter' });
    const joined = await accept(server, invite.token, 'Olena');
    expect(joined.headers['set-cookie']?.[0]).toMatch(/; Max-Age=172800;/);
    const headers = { cookie: sessionCookieOf(joined) };
    const sessions = await sessionsOf(server);
    try {
      const [created] = await sessions.expiriesMs();
      expect(Math.abs((created as number) - (Date.now() + 2 * DAY_MS))).toBeLessThan(60_000);

      // Active an hour before the end: the end moves to 48 hours from now, and so does the cookie's.
      await sessions.setAllExpiries(new Date(Date.now() + 3_600_000).toISOString());
      const active = await rawRequest(`${server.url}/api/treaties/${id}/me`, { headers });
      expect(active.status).toBe(200);
      expect(active.headers['set-cookie']).toEqual([
        `${headers.cookie}; Max-Age=172800; Path=/; HttpOnly; Secure; SameSite=Lax`,
      ]);
      const [moved] = await sessions.expiriesMs();
      expect(Math.abs((moved as number) - (Date.now() + 2 * DAY_MS))).toBeLessThan(60_000);
      // Within a minute of the last renewal nothing is written or re-sent.
      expect(
        (await rawRequest(`${server.url}/api/session`, { headers })).headers['set-cookie'],
      ).toBeUndefined();

      // Idle past the end: refused everywhere, saying why (the cookie stays, so every page can).
      await sessions.setAllExpiries(new Date(Date.now() - 1000).toISOString());
      const idle = await rawRequest(`${server.url}/api/session`, { headers });
      expect(idle.status).toBe(401);
      expect(idle.body.error.code).toBe('session_ended');
      expect(idle.headers['set-cookie']).toBeUndefined();
      expect((await call(server, 'GET', `/treaties/${id}`, { headers })).body.error.code).toBe(
        'session_ended',
      );
      expect((await (await openRawSocket(`${server.wsUrl}/collab/${id}`, headers)).closed).code).toBe(4401);
    } finally {
      await sessions.close();
    }
  });

  it('a session revoked from every treaty opens nothing, REST and WebSocket alike', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const pierre = await memberOf(server, id, 'Pierre', 'FR', 'drafter');
    expect((await call(server, 'GET', '/session', { headers: pierre.headers })).status).toBe(200);
    const revoked = await call(server, 'DELETE', `/treaties/${id}/members/${pierre.memberId}`, {
      headers: operatorHeaders(server),
    });
    expect(revoked.status).toBe(200);
    for (const route of ['/session', '/treaties', `/treaties/${id}`]) {
      expect((await call(server, 'GET', route, { headers: pierre.headers })).status).toBe(401);
    }
    const created = await call(server, 'POST', '/treaties', {
      headers: pierre.headers,
      body: { title: 'Mine' },
    });
    expect(created.status).toBe(401);
    expect((await (await openRawSocket(`${server.wsUrl}/collab/${id}`, pierre.headers)).closed).code).toBe(
      4401,
    );
  });

  it('accepting an invite issues a fresh session, never the cookie the browser came with', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const own = await createTreaty(server.url, "Mallory's treaty");
    // Mallory's own session, planted in Victor's browser.
    const mallory = await memberOf(server, own.id, 'Mallory', 'XX', 'chair');
    const invite = await createInvite(server, id, { delegation: 'UA', role: 'drafter' });
    const victor = await accept(server, invite.token, 'Victor', mallory.headers);
    expect(victor.status).toBe(200);
    const fresh = { cookie: sessionCookieOf(victor) };
    expect(fresh.cookie).not.toBe(mallory.headers.cookie);
    // The planted cookie got nothing: it is over, and Victor's membership is only behind the new one.
    expect((await call(server, 'GET', `/treaties/${id}`, { headers: mallory.headers })).status).toBe(401);
    expect((await call(server, 'GET', '/session', { headers: mallory.headers })).status).toBe(401);
    expect((await call(server, 'GET', `/treaties/${id}/me`, { headers: fresh })).body).toMatchObject({
      displayName: 'Victor',
      delegation: 'UA',
    });
    // Someone signed in keeps their other treaties, now under the new session.
    const session = await call(server, 'GET', '/session', { headers: fresh });
    expect(session.body.memberships.map((m: { treatyId: string }) => m.treatyId).sort()).toEqual(
      [id, own.id].sort(),
    );

    // Joining a treaty one is already in rotates the session too, without a second membership or use.
    const again = await createInvite(server, id, { delegation: 'UA', role: 'drafter', maxUses: 5 });
    const rejoined = await accept(server, again.token, 'Victor', fresh);
    const rotated = { cookie: sessionCookieOf(rejoined) };
    expect(rotated.cookie).not.toBe(fresh.cookie);
    expect((await call(server, 'GET', '/session', { headers: fresh })).status).toBe(401);
    expect((await call(server, 'GET', '/session', { headers: rotated })).body.memberships).toHaveLength(2);
    const invites = await call(server, 'GET', `/treaties/${id}/invites`, {
      headers: operatorHeaders(server),
    });
    expect(invites.body.invites.find((i: { id: string }) => i.id === again.id).uses).toBe(0);
  });

  it('names the cookie for what the browser accepts: __Host- and Secure on HTTPS and loopback only', async () => {
    const server = await startServer({ env: { PACTUM_TRUST_PROXY: 'loopback' } });
    const id = await sampleTreatyId(server.url);
    const join = async (headers: Record<string, string>) => {
      const invite = await createInvite(server, id, { delegation: 'NL', role: 'observer' });
      return (await accept(server, invite.token, 'Nora', headers)).headers['set-cookie'] ?? [];
    };
    const host = `127.0.0.1:${server.port}`;
    const lan = `192.0.2.10:${server.port}`;
    const published = 'pactum.example.org';
    expect(await join({ host })).toEqual([
      expect.stringMatching(/^__Host-pactum_session=.+; Secure; SameSite=Lax$/),
    ]);
    expect(await join({ host: `localhost:${server.port}` })).toEqual([
      expect.stringMatching(/^__Host-.+; Secure;/),
    ]);
    // Plain http to a LAN address: a Secure cookie would be dropped by the browser.
    const plain = await join({ host: lan, origin: `http://${lan}` });
    expect(plain).toEqual([
      expect.stringMatching(/^pactum_session=[^;]+; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Lax$/),
    ]);
    // Behind a TLS proxy (trusted here: PACTUM_TRUST_PROXY=loopback).
    const proxied = { host: published, origin: `https://${published}`, 'x-forwarded-proto': 'https' };
    expect(await join(proxied)).toEqual([expect.stringMatching(/^__Host-pactum_session=.+; Secure;/)]);

    // A cookie from before (plain name) still works and moves to the __Host- name.
    const old = { cookie: (plain[0] as string).split(';')[0] as string };
    const moved = await rawRequest(`${server.url}/api/session`, { headers: { ...old, host } });
    expect(moved.status).toBe(200);
    expect(moved.headers['set-cookie']).toEqual([
      expect.stringMatching(
        /^__Host-pactum_session=[^;]+; Max-Age=\d+; Path=\/; HttpOnly; Secure; SameSite=Lax$/,
      ),
      'pactum_session=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax',
    ]);
  });

  it('makes invites single-use unless the chair asks for more', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const single = await createInvite(server, id, { delegation: 'PL', role: 'observer' });
    expect(single.maxUses).toBe(1);
    expect((await accept(server, single.token, 'First')).status).toBe(200);
    expect((await accept(server, single.token, 'Second')).status).toBe(410);
    const shared = await createInvite(server, id, { delegation: 'PL', role: 'observer', maxUses: 3 });
    for (const name of ['A', 'B', 'C']) expect((await accept(server, shared.token, name)).status).toBe(200);
    expect((await accept(server, shared.token, 'D')).status).toBe(410);
  });
});
