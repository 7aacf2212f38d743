import type { IncomingHttpHeaders } from 'node:http';
import { SESSION_COOKIE } from '@pactum/shared';
import { parseCookie, stringifySetCookie } from 'cookie';

/**
 * The session cookie's name where the browser accepts `Secure` (HTTPS, and
 * plain http to localhost or 127.0.0.0/8, which Chromium and Firefox treat as
 * secure): `__Host-` makes it unsettable by other hosts and plain-http pages.
 */
export const HOST_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

/** The session token a request carries, and under which name. */
export function readSessionCookie(headers: IncomingHttpHeaders): { token: string; name: string } | undefined {
  if (!headers.cookie) return undefined;
  const cookies = parseCookie(headers.cookie);
  for (const name of [HOST_SESSION_COOKIE, SESSION_COOKIE]) {
    const token = cookies[name];
    if (token) return { token, name };
  }
  return undefined;
}

export function carriesCookie(headers: IncomingHttpHeaders, name: string): boolean {
  return headers.cookie !== undefined && parseCookie(headers.cookie)[name] !== undefined;
}

/** The cookie's name for a browser in a secure context (see {@link HOST_SESSION_COOKIE}) or not. */
export function sessionCookieName(secureContext: boolean): string {
  return secureContext ? HOST_SESSION_COOKIE : SESSION_COOKIE;
}

/** `Set-Cookie` for a session token that lasts `maxAgeMs` unless renewed. */
export function sessionSetCookie(token: string, secureContext: boolean, maxAgeMs: number): string {
  return stringifySetCookie({
    name: sessionCookieName(secureContext),
    value: token,
    httpOnly: true,
    sameSite: 'lax',
    secure: secureContext,
    path: '/',
    maxAge: Math.floor(maxAgeMs / 1000),
  });
}

/** `Set-Cookie` that deletes the session cookie of that name. */
export function clearSessionCookie(name: string): string {
  return stringifySetCookie({
    name,
    value: '',
    httpOnly: true,
    sameSite: 'lax',
    secure: name === HOST_SESSION_COOKIE,
    path: '/',
    maxAge: 0,
  });
}

/** `Set-Cookie` values that delete the session cookie under either name. */
export function clearSessionCookies(): string[] {
  return [HOST_SESSION_COOKIE, SESSION_COOKIE].map(clearSessionCookie);
}

/** localhost, *.localhost, 127.0.0.0/8 and [::1]: hosts browsers treat as secure over plain http. */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.startsWith('[') ? host.slice(1, host.indexOf(']')) : host.replace(/:\d+$/, '');
  const lower = name.toLowerCase();
  return (
    lower === 'localhost' ||
    lower.endsWith('.localhost') ||
    /^127\.\d+\.\d+\.\d+$/.test(lower) ||
    lower === '::1'
  );
}
