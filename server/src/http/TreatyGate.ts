import { Action, ApiErrorCode, isValidTreatyId, ROLE_LABEL, roleAllows } from '@pactum/shared';
import type { Request, RequestHandler, Response } from 'express';
import {
  type AccessControl,
  isAllowedOrigin,
  type Principal,
  type TreatyAccess,
} from '../access/AccessControl.ts';
import {
  carriesCookie,
  clearSessionCookie,
  clearSessionCookies,
  sessionCookieName,
  sessionSetCookie,
} from '../access/sessionCookie.ts';
import { NotFoundError } from '../DomainError.ts';
import type { TreatyService } from '../TreatyService.ts';
import { HttpError } from './HttpError.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const ACTION_WORDS: Record<Action, string> = {
  read: 'read this treaty',
  edit: 'edit the text',
  negotiate: 'sign off, bracket, propose options or enter reservations',
  comment: 'comment',
  manage: 'manage the treaty (invites, members, options, versions)',
};

/**
 * Authentication and authorisation of REST calls: `authenticate` runs on
 * every API request; routes then ask for the caller (`principal`) or for
 * their access to one treaty with the action they attempt (`treaty`).
 */
export class TreatyGate {
  constructor(
    private readonly control: AccessControl,
    private readonly treaties: TreatyService,
    private readonly allowedOrigins: readonly string[],
  ) {}

  authenticate: RequestHandler = async (request, response, next) => {
    // Browsers send cookies on their own: refuse writes (joining included) from another site's page.
    if (
      !SAFE_METHODS.has(request.method) &&
      !isAllowedOrigin(request.headers.origin, request.headers.host, this.allowedOrigins)
    ) {
      throw new HttpError(403, ApiErrorCode.OriginNotAllowed, 'requests from this origin are not allowed');
    }
    const identified = await this.control.identify(request);
    let principal: Principal | null = null;
    if (identified.kind === 'blocked') throw tooManyGuesses(identified.retryAfterMs);
    // A cookie naming no session would be sent (and counted as a guess) with every call: the
    // browser drops it. An ended session's cookie stays, so its page can say what happened.
    if (identified.kind === 'refused' && identified.reason === 'wrong cookie') {
      response.setHeader('Set-Cookie', clearSessionCookies());
    }
    if (identified.kind === 'refused' && identified.reason === 'ended') response.locals.sessionEnded = true;
    if (identified.kind === 'principal') {
      principal = identified.principal;
      if (identified.cookieToRenew !== null)
        this.setSessionCookie(request, response, identified.cookieToRenew);
    }
    response.locals.principal = principal;
    next();
  };

  /**
   * Sets the session cookie (replacing any other `Set-Cookie` of this
   * response) under the name and flags this browser accepts, for the idle timeout.
   */
  setSessionCookie(request: Request, response: Response, token: string): void {
    const secure = this.control.isSecureContext(request);
    const cookies = [sessionSetCookie(token, secure, this.control.policy.idleMs)];
    // Set before a proxy or TLS was configured, the cookie may sit under the other name.
    const other = sessionCookieName(!secure);
    if (carriesCookie(request.headers, other)) cookies.push(clearSessionCookie(other));
    response.setHeader('Set-Cookie', cookies);
  }

  /**
   * Runs a lookup by a secret in the URL (an invite token) under the guessing
   * limit of the caller's address: an unknown secret (404) counts as a guess.
   */
  async guessing<T>(request: Request, lookup: () => Promise<T>): Promise<T> {
    const { guesses } = this.control.policy;
    const address = this.control.clientAddress(request);
    const waitMs = guesses.waitMs(address);
    if (waitMs > 0) throw tooManyGuesses(waitMs);
    try {
      return await lookup();
    } catch (error) {
      if (error instanceof NotFoundError) guesses.failed(address);
      throw error;
    }
  }

  /** The caller, or 401. */
  principal(response: Response): Principal {
    const principal = response.locals.principal as Principal | null | undefined;
    if (!principal && response.locals.sessionEnded) {
      throw new HttpError(
        401,
        ApiErrorCode.SessionEnded,
        'your session has ended (signed out, away longer than the idle time, or no membership left): ask your chair for a new invite link',
      );
    }
    if (!principal) {
      throw new HttpError(
        401,
        ApiErrorCode.Unauthorized,
        'sign in first: open the invite link you were sent',
      );
    }
    return principal;
  }

  /** The caller's access to `treatyId` for `action`: 401 without a session, 403 if not allowed, 404 if missing. */
  async treaty(response: Response, treatyId: string, action: Action): Promise<TreatyAccess> {
    const principal = this.principal(response);
    if (!isValidTreatyId(treatyId)) {
      throw new HttpError(400, ApiErrorCode.InvalidTreatyId, 'treaty ids are 1-64 letters, digits, - or _');
    }
    if (principal.kind === 'operator') await this.treaties.summary(treatyId);
    const access = await this.control.access(principal, treatyId);
    if (!access) throw new HttpError(403, ApiErrorCode.NotAMember, 'you are not a member of this treaty');
    if (!roleAllows(access.role, action)) {
      throw new HttpError(
        403,
        ApiErrorCode.RoleForbids,
        `${ROLE_LABEL[access.role]}s may not ${ACTION_WORDS[action]}`,
        {},
        { role: access.role, action },
      );
    }
    return access;
  }

  /** Middleware: every `/treaties/:id/…` route needs at least read access. */
  readAccess: RequestHandler = async (request, response, next) => {
    await this.treaty(response, String(request.params.id), Action.read);
    next();
  };
}

function tooManyGuesses(waitMs: number): HttpError {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return new HttpError(
    429,
    ApiErrorCode.TooManyRequests,
    `Too many wrong invite links or sign-in attempts from your address. Try again in ${seconds} seconds.`,
    { 'Retry-After': String(seconds) },
    { count: seconds },
  );
}
