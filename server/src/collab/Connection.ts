import { Action, CloseCode, Limits, roleAllows } from '@pactum/shared';
import pino from 'pino';
import { WebSocket } from 'ws';
import { type PresenceIdentity, presenceIdentity, type TreatyAccess } from '../access/AccessControl.ts';
import { RejectionLog } from './RejectionLog.ts';
import { TokenBucket } from './TokenBucket.ts';

const AWARENESS_BURST = 60;
const AWARENESS_PER_SECOND = 30;
/** Awareness client ids one connection may speak for (a tab normally uses one). */
const MAX_CONTROLLED_IDS = 4;
/** A client this far behind is dropped; it resyncs from the stored document when it reconnects. */
const MAX_BUFFERED_BYTES = 32 * 1024 * 1024;

/** What a connection may have refused before it is closed (a well-behaved client never gets there). */
export const Refusal = {
  /** A read-only connection's document update: closed with 4403 at the limit. */
  readOnlyWrite: { message: 'dropped a document update from a read-only connection', limit: 3 },
  /** An awareness state that does not fit the schema: closed with 4423 at the limit. */
  invalidAwareness: { message: 'dropped an awareness state that does not fit the schema', limit: 3 },
  /** An update the server had to revert part of: closed with 4403 at the limit. */
  revertedWrite: { message: 'reverted what a client update may not write', limit: 20 },
} as const;
export type Refusal = (typeof Refusal)[keyof typeof Refusal];

/** One client's WebSocket inside a room: who it is (from the server session) and what it may speak for. */
export class Connection {
  /** Awareness client ids this connection has claimed. */
  readonly controlledIds = new Set<number>();
  /** What the awareness says about this person, whatever the client claims. */
  readonly identity: PresenceIdentity;
  /** False for observers: their document updates are dropped, never applied. */
  readonly canEdit: boolean;
  /** Refused frames and writes, logged once per kind. */
  readonly rejections: RejectionLog;
  /** Clients this connection added to the document (see `checkApplyBudget`). */
  readonly introducedClients = new Set<number>();
  readonly #awareness = new TokenBucket(AWARENESS_BURST, AWARENESS_PER_SECOND);
  readonly #updates = new TokenBucket(Limits.updateBurstMessages, Limits.updateMessagesPerSecond);
  readonly #updateBytes = new TokenBucket(Limits.updateBurstBytes, Limits.updateBytesPerSecond);

  constructor(
    readonly socket: WebSocket,
    readonly access: TreatyAccess,
    log: pino.Logger = pino({ enabled: false }),
  ) {
    this.identity = presenceIdentity(access);
    this.canEdit = roleAllows(access.role, Action.edit);
    this.rejections = new RejectionLog(log, {
      treatyId: access.treatyId,
      memberId: access.member?.id ?? null,
      role: access.role,
    });
  }

  get memberId(): string | null {
    return this.access.member?.id ?? null;
  }

  /** Logs and counts a refusal; true when there were too many of its kind and the connection should go. */
  refuse(refusal: Refusal, details?: Record<string, unknown>): boolean {
    return this.rejections.note(refusal.message, details) >= refusal.limit;
  }

  send(message: Uint8Array): void {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    if (this.socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.close(CloseCode.TryAgainLater, 'too far behind');
      return;
    }
    this.socket.send(message);
  }

  close(code: number, reason: string): void {
    if (this.socket.readyState === WebSocket.OPEN || this.socket.readyState === WebSocket.CONNECTING) {
      this.socket.close(code, reason);
    }
  }

  canClaim(clientId: number): boolean {
    return this.controlledIds.has(clientId) || this.controlledIds.size < MAX_CONTROLLED_IDS;
  }

  /** Token bucket for awareness updates: false means drop this one. */
  takeAwarenessToken(): boolean {
    return this.#awareness.take();
  }

  /**
   * Token buckets for document updates, by messages and by bytes: false
   * means this connection sends faster than any editor does, and is closed.
   */
  takeUpdateTokens(bytes: number): boolean {
    return this.#updates.take() && this.#updateBytes.take(bytes);
  }
}
