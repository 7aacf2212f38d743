import { CloseCode, Limits } from '@pactum/shared';
import type { TreatyAccess } from '../access/AccessControl.ts';

/** What a caller may hold open at once, from {@link Limits} unless a test narrows it. */
export interface QuotaLimits {
  socketsPerSession: number;
  roomsPerSession: number;
  roomsPerOperator: number;
}

const defaultLimits: QuotaLimits = {
  socketsPerSession: Limits.maxSocketsPerSession,
  roomsPerSession: Limits.maxRoomsPerSession,
  roomsPerOperator: Limits.maxRoomsPerOperator,
};

/**
 * Open sockets and treaties per caller: a browser session (whatever member
 * rows it holds) or the operator token. Checked before a room is loaded, so a
 * caller cannot make the server hold hundreds of documents in memory, nor one
 * session open sockets without end. The operator's sockets are not counted:
 * its token is the deployment's own tooling (benchmarks, load tests).
 */
export class CallerQuota {
  /** Open sockets per caller and treaty. */
  readonly #open = new Map<string, Map<string, number>>();

  constructor(private readonly limits: QuotaLimits = defaultLimits) {}

  /**
   * Counts one more socket of `access` on its treaty, or answers the close
   * code and reason that refuse it. Call the returned release when it closes.
   */
  admit(access: TreatyAccess): { release: () => void } | [code: number, reason: string] {
    const caller = access.member ? `session:${access.member.sessionId}` : 'operator';
    const treaties = this.#open.get(caller) ?? new Map<string, number>();
    if (access.member) {
      let sockets = 0;
      for (const count of treaties.values()) sockets += count;
      if (sockets >= this.limits.socketsPerSession)
        return [CloseCode.TooManySockets, `this session has ${sockets} sockets open; close a tab`];
    }
    const maxRooms = access.member ? this.limits.roomsPerSession : this.limits.roomsPerOperator;
    if (!treaties.has(access.treatyId) && treaties.size >= maxRooms)
      return [CloseCode.TooManyRooms, `${treaties.size} treaties are open already; close one first`];

    treaties.set(access.treatyId, (treaties.get(access.treatyId) ?? 0) + 1);
    this.#open.set(caller, treaties);
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        const left = (treaties.get(access.treatyId) ?? 1) - 1;
        if (left > 0) treaties.set(access.treatyId, left);
        else treaties.delete(access.treatyId);
        if (treaties.size === 0 && this.#open.get(caller) === treaties) this.#open.delete(caller);
      },
    };
  }
}
