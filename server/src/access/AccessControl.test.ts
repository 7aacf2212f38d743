import fs from 'node:fs';
import type { IncomingMessage } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteStorage } from '../persistence/sqlite/SqliteStorage.ts';
import { AccessControl } from './AccessControl.ts';
import { GuessLimiter } from './GuessLimiter.ts';
import { ProxyTrust } from './ProxyTrust.ts';
import { secretHash } from './tokens.ts';

const HOUR = 3_600_000;

/** A store with one treaty and one session, `token`, that is a member of it and ends in `endsIn` ms. */
async function setUp(endsIn: number) {
  const storage = SqliteStorage.open(fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-access-')));
  const { db } = storage;
  await storage.treaties.create('t-1', { title: 'One', clauseCount: 0 }, new Uint8Array([0, 0]));
  const store = storage.access;
  await store.createSession('s-1', secretHash('token'), 'Olena', new Date(Date.now() + endsIn).toISOString());
  await store.addMember(
    {
      id: 'm-1',
      treatyId: 't-1',
      sessionId: 's-1',
      displayName: 'Olena',
      delegation: 'UA',
      role: 'drafter',
      joinedAt: new Date().toISOString(),
    },
    null,
  );
  const control = new AccessControl(store, undefined, {
    idleMs: 24 * HOUR,
    guesses: new GuessLimiter(3),
    trust: ProxyTrust.none,
  });
  const request = (cookie: string) =>
    ({
      headers: { cookie, host: '127.0.0.1:8080' },
      socket: { remoteAddress: '192.0.2.7' },
    }) as unknown as IncomingMessage;
  const end = async () =>
    Date.parse((await store.sessionByTokenHash(secretHash('token')))?.expiresAt as string);
  return { db, store, control, request, end };
}

describe('AccessControl', () => {
  it('moves a used session’s end to the idle time from now, and asks for the cookie to be renewed', async () => {
    const { control, request, end } = await setUp(HOUR);
    const identified = await control.identify(request('__Host-pactum_session=token'));
    expect(identified).toMatchObject({ kind: 'principal', cookieToRenew: 'token' });
    expect(Math.abs((await end()) - (Date.now() + 24 * HOUR))).toBeLessThan(1000);
    // Within the minute, nothing is written or renewed again.
    expect(await control.identify(request('__Host-pactum_session=token'))).toMatchObject({
      cookieToRenew: null,
    });
  });

  it('still lets a session in when the store refuses to move its end (a full disk must not stop reads)', async () => {
    const { db, control, request, end } = await setUp(HOUR);
    const before = await end();
    db.pragma('query_only = 1');
    const identified = await control.identify(request('__Host-pactum_session=token'));
    expect(identified).toMatchObject({ kind: 'principal', cookieToRenew: null });
    expect(await end()).toBe(before);
  });

  it('tells an ended session from a guess, and counts only guesses', async () => {
    const { control, request } = await setUp(-1);
    for (let i = 0; i < 5; i++) {
      expect(await control.identify(request('__Host-pactum_session=token'))).toEqual({
        kind: 'refused',
        reason: 'ended',
      });
    }
    for (let i = 0; i < 3; i++) {
      expect(await control.identify(request(`__Host-pactum_session=guess${i}`))).toEqual({
        kind: 'refused',
        reason: 'wrong cookie',
      });
    }
    expect(await control.identify(request('__Host-pactum_session=token'))).toMatchObject({ kind: 'blocked' });
    expect(await control.principal(request('__Host-pactum_session=token'))).toBe('blocked');
  });
});
