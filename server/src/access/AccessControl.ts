import type { IncomingHttpHeaders } from 'node:http';
import { type AuditActor, delegationColor, type Role, SESSION_COOKIE } from '@pactum/shared';
import { parseCookie } from 'cookie';
import type { AccessStore, MemberRow, SessionRow } from './AccessStore.ts';
import { sameSecret, secretHash } from './tokens.ts';

/** Who is calling: the operator (admin token) or a browser session. */
export type Principal = { kind: 'operator' } | { kind: 'session'; session: SessionRow };

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
    private readonly store: AccessStore,
    /** PACTUM_ADMIN_TOKEN; undefined disables operator access. */
    private readonly adminToken: string | undefined,
  ) {}

  /** Null when the request carries no valid credentials (a wrong token counts as none). */
  principal(headers: IncomingHttpHeaders): Principal | null {
    const authorization = headers.authorization;
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      if (match && this.adminToken && sameSecret(match[1] as string, this.adminToken))
        return { kind: 'operator' };
      return null;
    }
    const token = sessionToken(headers);
    if (!token) return null;
    const session = this.store.sessionByTokenHash(secretHash(token));
    if (!session || session.expiresAt <= new Date().toISOString()) return null;
    return { kind: 'session', session };
  }

  /** The principal's access to `treatyId`; null when it is not an active member. */
  access(principal: Principal, treatyId: string): TreatyAccess | null {
    if (principal.kind === 'operator') {
      return { treatyId, role: 'chair', member: null, delegation: null, displayName: OPERATOR_NAME };
    }
    const member = this.store.activeMember(principal.session.id, treatyId);
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
  stillValid(access: TreatyAccess): boolean {
    if (!access.member) return true;
    return this.store.member(access.treatyId, access.member.id)?.revokedAt === null;
  }
}

export function sessionToken(headers: IncomingHttpHeaders): string | undefined {
  if (!headers.cookie) return undefined;
  return parseCookie(headers.cookie)[SESSION_COOKIE];
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
