import { describe, expect, it } from 'vitest';
import { clearSessionCookies, isLoopbackHost, readSessionCookie, sessionSetCookie } from './sessionCookie.ts';

describe('session cookie', () => {
  it('is __Host- and Secure where the browser is in a secure context, plain otherwise', () => {
    expect(sessionSetCookie('abc', true, 3_600_000)).toBe(
      '__Host-pactum_session=abc; Max-Age=3600; Path=/; HttpOnly; Secure; SameSite=Lax',
    );
    expect(sessionSetCookie('abc', false, 3_600_000)).toBe(
      'pactum_session=abc; Max-Age=3600; Path=/; HttpOnly; SameSite=Lax',
    );
    expect(clearSessionCookies()).toEqual([
      '__Host-pactum_session=; Max-Age=0; Path=/; HttpOnly; Secure; SameSite=Lax',
      'pactum_session=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax',
    ]);
  });

  it('reads the __Host- cookie first', () => {
    expect(readSessionCookie({ cookie: 'pactum_session=old; __Host-pactum_session=new' })).toEqual({
      token: 'new',
      name: '__Host-pactum_session',
    });
    expect(readSessionCookie({ cookie: 'pactum_session=old' })).toEqual({
      token: 'old',
      name: 'pactum_session',
    });
    expect(readSessionCookie({ cookie: 'other=1' })).toBeUndefined();
    expect(readSessionCookie({})).toBeUndefined();
  });

  it('knows the hosts browsers treat as secure over plain http', () => {
    for (const host of [
      'localhost:8080',
      'LOCALHOST',
      'app.localhost',
      '127.0.0.1:5',
      '127.9.9.9',
      '[::1]:8080',
    ]) {
      expect(isLoopbackHost(host)).toBe(true);
    }
    for (const host of [
      '192.0.2.2:8080',
      'pactum.example.org',
      'localhost.example.org',
      '[::2]',
      undefined,
    ]) {
      expect(isLoopbackHost(host)).toBe(false);
    }
  });
});
