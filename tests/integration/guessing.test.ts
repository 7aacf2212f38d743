import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createInvite, memberOf } from '../helpers/access.ts';
import { sampleTreatyId } from '../helpers/api.ts';
import { type RawRequest, rawRequest } from '../helpers/rawRequest.ts';
import { startServer } from '../helpers/startServer.ts';

/** A random-looking token of the right shape that matches nothing. */
const wrongToken = (i: number) => `wrong${String(i).padStart(4, '0')}${'x'.repeat(34)}`;

/** Opens a collaboration socket from `localAddress`; resolves with its close code (or 'open'). */
function socketOutcome(url: string, headers: Record<string, string>, localAddress: string) {
  return new Promise<number | 'open'>((resolve) => {
    const ws = new WebSocket(url, { headers, localAddress });
    ws.on('error', () => {});
    ws.once('message', () => {
      resolve('open');
      ws.close();
    });
    ws.once('close', (code) => resolve(code));
  });
}

describe('guessing invite links and sessions', () => {
  it('answers 429 with Retry-After once an address has presented 20 wrong credentials; other addresses go on', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const member = await memberOf(server, id, 'Olena', 'UA', 'drafter');
    const invite = await createInvite(server, id, { delegation: 'NL', role: 'observer', maxUses: 10 });
    const from =
      (localAddress: string) =>
      (path: string, options: RawRequest = {}) =>
        rawRequest(`${server.url}/api${path}`, { ...options, localAddress });
    const guesser = from('127.0.0.1');
    const neighbour = from('127.0.0.2');

    // Wrong invite links, on both invite routes, and wrong session cookies: 20 in all are answered.
    const answered: number[] = [];
    for (let i = 0; i < 8; i++) answered.push((await guesser(`/invites/${wrongToken(i)}`)).status);
    for (let i = 8; i < 14; i++) {
      const accept = await guesser(`/invites/${wrongToken(i)}/accept`, {
        method: 'POST',
        body: { displayName: 'Guess' },
      });
      answered.push(accept.status);
    }
    for (let i = 14; i < 20; i++) {
      answered.push(
        (await guesser('/session', { headers: { cookie: `__Host-pactum_session=${wrongToken(i)}` } })).status,
      );
    }
    expect(answered).toEqual([...Array(14).fill(404), ...Array(6).fill(401)]);

    // The 21st is refused unchecked, whatever it is: right credentials too, so a guess learns nothing.
    const refused = await guesser(`/invites/${wrongToken(20)}`);
    expect(refused.status).toBe(429);
    expect(refused.body.error).toEqual({
      code: 'too_many_requests',
      message: expect.stringMatching(
        /^Too many wrong invite links or sign-in attempts from your address\. Try again in \d+ seconds\.$/,
      ),
      // The wait in seconds, for the client's own wording; the same as Retry-After.
      params: { count: Number(refused.headers['retry-after']) },
    });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(30);
    expect((await guesser(`/invites/${invite.token}`)).status).toBe(429);
    expect(
      (await guesser(`/invites/${invite.token}/accept`, { method: 'POST', body: { displayName: 'X' } }))
        .status,
    ).toBe(429);
    expect((await guesser('/session', { headers: member.headers })).status).toBe(429);
    expect(
      (await guesser('/session', { headers: { authorization: 'Bearer not-the-admin-token' } })).status,
    ).toBe(429);
    // A forwarded address is not believed without PACTUM_TRUST_PROXY.
    expect(
      (await guesser('/session', { headers: { ...member.headers, 'x-forwarded-for': '203.0.113.9' } }))
        .status,
    ).toBe(429);
    // Requests without credentials are not guesses: they get the usual answers.
    expect((await guesser('/session')).status).toBe(401);
    expect((await rawRequest(`${server.url}/api/health`, { localAddress: '127.0.0.1' })).status).toBe(200);

    // The collaboration socket: the same limit, closed with 1013 (try again later) rather than a final code.
    const collab = `${server.wsUrl}/collab/${id}`;
    expect(await socketOutcome(collab, member.headers, '127.0.0.1')).toBe(1013);

    // Another address is unaffected.
    expect((await neighbour(`/invites/${invite.token}`)).status).toBe(200);
    expect((await neighbour('/session', { headers: member.headers })).status).toBe(200);
    expect(await socketOutcome(collab, member.headers, '127.0.0.2')).toBe('open');
  });

  it('counts wrong session cookies on the socket, and a refilled address gets back in', async () => {
    const server = await startServer({ env: { PACTUM_GUESS_LIMIT: '100' } });
    const id = await sampleTreatyId(server.url);
    const member = await memberOf(server, id, 'Olena', 'UA', 'drafter');
    const collab = `${server.wsUrl}/collab/${id}`;
    const wrong = (i: number) => ({ cookie: `__Host-pactum_session=${wrongToken(i)}` });
    // 100 per 10 minutes: after the first 100, one more every 6 s.
    const first = await Promise.all(
      Array.from({ length: 100 }, (_, i) => socketOutcome(collab, wrong(i), '127.0.0.3')),
    );
    expect(first.filter((code) => code === 4401)).toHaveLength(100);
    let extra = 0;
    while ((await socketOutcome(collab, wrong(100 + extra), '127.0.0.3')) === 4401) extra++;
    expect(extra).toBeLessThanOrEqual(2);
    expect(await socketOutcome(collab, member.headers, '127.0.0.3')).toBe(1013);
    await new Promise((resolve) => setTimeout(resolve, 6_500));
    expect(await socketOutcome(collab, member.headers, '127.0.0.3')).toBe('open');
  });

  it('behind a trusted proxy, counts each forwarded client on its own', async () => {
    const server = await startServer({ env: { PACTUM_TRUST_PROXY: 'loopback', PACTUM_GUESS_LIMIT: '3' } });
    const id = await sampleTreatyId(server.url);
    const invite = await createInvite(server, id, { delegation: 'NL', role: 'observer' });
    const via = (client: string) => (path: string) =>
      rawRequest(`${server.url}/api${path}`, { headers: { 'x-forwarded-for': client } });
    const guesser = via('203.0.113.1');
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await guesser(`/invites/${wrongToken(i)}`)).status);
    expect(statuses).toEqual([404, 404, 404, 429]);
    expect((await via('203.0.113.2')(`/invites/${invite.token}`)).status).toBe(200);
    // A client cannot escape by prepending addresses of its own: the proxy's entry is the last one.
    expect((await via('198.51.100.1, 203.0.113.1')(`/invites/${invite.token}`)).status).toBe(429);
  });
});
