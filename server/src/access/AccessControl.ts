import type { IncomingMessage } from 'node:http';
import { type AuditActor, delegationColor, type Role } from '@pactum/shared';
import type { AccessRepository, MemberRow, SessionRow } from '../persistence/AccessRepository.ts';
import type { GuessLimiter } from './GuessLimiter.ts';
import type { ProxyTrust } from './ProxyTrust.ts';
import { isLoopbackHost, readSessionCookie, sessionCookieName } from './sessionCookie.ts';
import { sameSecret, secretHash } from './tokens.ts';

/** Who is calling: the operator (admin token) or a browser session. */
export type Principal = { kind: 'operator' } | { kind: 'session'; session: SessionRow };

/** What the credentials of a request amount to. */
export type Identification =
  /** No credentials at all. */
  | { kind: 'anonymous' }
  /** Too many wrong credentials from this address: nothing was checked. */
  | { kind: 'blocked'; retryAfterMs: number }
  /**
   * Credentials that open nothing: a wrong admin token or a cookie that names no session
   * (both guesses), or a session that `ended` (signed out, idle, every membership revoked).
   */
  | { kind: 'refused'; reason: 'wrong token' | 'wrong cookie' | 'ended' }
  /** `cookieToRenew`: the session moved its end, or arrived under the wrong name for this browser. */
  | { kind: 'principal'; principal: Principal; cookieToRenew: string | null };

/** How sessions are checked: their idle timeout and the guessing limit per client address. */
export interface SessionPolicy {
  idleMs: number;
  guesses: GuessLimiter;
  trust: ProxyTrust;
}

/** A session's end is written at most this often, not on every request. */
const RENEW_STEP_MS = 60_000;

/** What a principal is in one treaty. */
export interface TreatyAccess {
  treatyId: string;
  role: Role;
  /** Null for the operator, who is chair of every treaty without being a member. */
  member: MemberRow | null;
  delegation: string | null;
  displayName: string;
}

/** The awareness identity the server writes for a connection, whatever the client claims. */
export interface PresenceIdentity {
  name: string;
  delegation: string;
  color: string;
  role: Role;
}

export const OPERATOR_NAME = 'Operator';

/**
 * Turns request headers into a principal and a principal into its access to
 * a treaty. The same code serves REST calls and WebSocket upgrades.
 */
export class AccessControl {
  constructor(
    private readonly store: AccessRepository,
    /** PACTUM_ADMIN_TOKEN; undefined disables operator access. */
    private readonly adminToken: string | undefined,
    readonly policy: SessionPolicy,
  ) {}

  /**
   * Checks the request's credentials. A wrong admin token or a session cookie
   * that names no session counts as a guess from the client's address.
   */
  async identify(request: Pick<IncomingMessage, 'headers' | 'socket'>): Promise<Identification> {
    const { guesses } = this.policy;
    const address = this.clientAddress(request);
    const authorization = request.headers.authorization;
    const cookie = authorization === undefined ? readSessionCookie(request.headers) : undefined;
    if (authorization === undefined && cookie === undefined) return { kind: 'anonymous' };
    const retryAfterMs = guesses.waitMs(address);
    if (retryAfterMs > 0) return { kind: 'blocked', retryAfterMs };

    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      if (match && this.adminToken && sameSecret(match[1] as string, this.adminToken))
        return { kind: 'principal', principal: { kind: 'operator' }, cookieToRenew: null };
      guesses.failed(address);
      return { kind: 'refused', reason: 'wrong token' };
    }
    const { token, name } = cookie as NonNullable<typeof cookie>;
    const session = await this.store.sessionByTokenHash(secretHash(token));
    if (!session) {
      guesses.failed(address);
      return { kind: 'refused', reason: 'wrong cookie' };
    }
    const now = Date.now();
    if (Date.parse(session.expiresAt) <= now || session.activeMemberships === 0) {
      return { kind: 'refused', reason: 'ended' };
    }
    const renewedEnd = now + this.policy.idleMs;
    const moved =
      Math.abs(Date.parse(session.expiresAt) - renewedEnd) > RENEW_STEP_MS &&
      (await this.#renew(session.id, renewedEnd));
    const principal: Principal = { kind: 'session', session };
    const rightName = name === sessionCookieName(this.isSecureContext(request));
    return { kind: 'principal', principal, cookieToRenew: moved || !rightName ? token : null };
  }

  /** Moves the session's end; false when the store refuses the write (a full disk must not stop reads). */
  async #renew(sessionId: string, end: number): Promise<boolean> {
    try {
      await this.store.touchSession(sessionId, new Date(end).toISOString());
      return true;
    } catch {
      return false;
    }
  }

  /** The caller, or null without valid credentials; `blocked` while its address may not try. */
  async principal(
    request: Pick<IncomingMessage, 'headers' | 'socket'>,
  ): Promise<Principal | null | 'blocked'> {
    const identified = await this.identify(request);
    if (identified.kind === 'blocked') return 'blocked';
    return identified.kind === 'principal' ? identified.principal : null;
  }

  clientAddress(request: Pick<IncomingMessage, 'headers' | 'socket'>): string {
    return this.policy.trust.clientAddress(request);
  }

  /** Whether the browser accepts a `Secure` cookie from this request: HTTPS, or a loopback host. */
  isSecureContext(request: Pick<IncomingMessage, 'headers' | 'socket'>): boolean {
    return this.policy.trust.isSecure(request) || isLoopbackHost(request.headers.host);
  }

  /** The principal's access to `treatyId`; null when it is not an active member. */
  async access(principal: Principal, treatyId: string): Promise<TreatyAccess | null> {
    if (principal.kind === 'operator') {
      return { treatyId, role: 'chair', member: null, delegation: null, displayName: OPERATOR_NAME };
    }
    const member = await this.store.activeMember(principal.session.id, treatyId);
    if (!member) return null;
    return {
      treatyId,
      role: member.role,
      member,
      delegation: member.delegation,
      displayName: member.displayName,
    };
  }

  /** Whether `access` still holds (a member may have been revoked since the connection opened). */
  async stillValid(access: TreatyAccess): Promise<boolean> {
    if (!access.member) return true;
    return (await this.store.member(access.treatyId, access.member.id))?.revokedAt === null;
  }
}

export function presenceIdentity(access: TreatyAccess): PresenceIdentity {
  const delegation = access.delegation ?? '';
  return {
    name: access.displayName,
    delegation,
    color: delegationColor(delegation || access.displayName),
    role: access.role,
  };
}

export function auditActor(access: TreatyAccess): AuditActor {
  if (!access.member) return { kind: 'operator', name: OPERATOR_NAME };
  return {
    kind: 'member',
    memberId: access.member.id,
    name: access.member.displayName,
    delegation: access.member.delegation,
  };
}

/**
 * Whether a browser page at `origin` may open a socket or post with a
 * cookie: its own origin always, plus the configured allowlist.
 */
export function isAllowedOrigin(
  origin: string | undefined,
  host: string | undefined,
  allowlist: readonly string[],
): boolean {
  if (origin === undefined) return true; // not a browser: no ambient cookie to abuse
  if (host !== undefined && (origin === `http://${host}` || origin === `https://${host}`)) return true;
  return allowlist.includes(origin);
}
