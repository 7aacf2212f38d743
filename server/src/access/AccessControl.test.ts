import type { IncomingMessage } from 'node:http';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AccessControl } from './AccessControl.ts';
import { AccessStore } from './AccessStore.ts';
import { GuessLimiter } from './GuessLimiter.ts';
import { ProxyTrust } from './ProxyTrust.ts';
import { secretHash } from './tokens.ts';

const HOUR = 3_600_000;

/** A store with one treaty and one session, `token`, that is a member of it and ends in `endsIn` ms. */
function setUp(endsIn: number) {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE treaties (id TEXT PRIMARY KEY)');
  db.prepare("INSERT INTO treaties (id) VALUES ('t-1')").run();
  const store = new AccessStore(db);
  store.createSession('s-1', secretHash('token'), 'Olena', new Date(Date.now() + endsIn).toISOString());
  store.addMember(
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
  const end = () => Date.parse(store.sessionByTokenHash(secretHash('token'))?.expiresAt as string);
  return { db, store, control, request, end };
}

describe('AccessControl', () => {
  it('moves a used session’s end to the idle time from now, and asks for the cookie to be renewed', () => {
    const { control, request, end } = setUp(HOUR);
    const identified = control.identify(request('__Host-pactum_session=token'));
    expect(identified).toMatchObject({ kind: 'principal', cookieToRenew: 'token' });
    expect(Math.abs(end() - (Date.now() + 24 * HOUR))).toBeLessThan(1000);
    // Within the minute, nothing is written or renewed again.
    expect(control.identify(request('__Host-pactum_session=token'))).toMatchObject({ cookieToRenew: null });
  });

  it('still lets a session in when the store refuses to move its end (a full disk must not stop reads)', () => {
    const { db, control, request, end } = setUp(HOUR);
    const before = end();
    db.pragma('query_only = 1');
    const identified = control.identify(request('__Host-pactum_session=token'));
    expect(identified).toMatchObject({ kind: 'principal', cookieToRenew: null });
    expect(end()).toBe(before);
  });

  it('tells an ended session from a guess, and counts only guesses', () => {
    const { control, request } = setUp(-1);
    for (let i = 0; i < 5; i++) {
      expect(control.identify(request('__Host-pactum_session=token'))).toEqual({
        kind: 'refused',
        reason: 'ended',
      });
    }
    for (let i = 0; i < 3; i++) {
      expect(control.identify(request(`__Host-pactum_session=guess${i}`))).toEqual({
        kind: 'refused',
        reason: 'wrong cookie',
      });
    }
    expect(control.identify(request('__Host-pactum_session=token'))).toMatchObject({ kind: 'blocked' });
    expect(control.principal(request('__Host-pactum_session=token'))).toBe('blocked');
  });
});
