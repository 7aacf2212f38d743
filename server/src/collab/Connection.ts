import { Action, CloseCode, roleAllows } from '@pactum/shared';
import { WebSocket } from 'ws';
import { type PresenceIdentity, presenceIdentity, type TreatyAccess } from '../access/AccessControl.ts';

const AWARENESS_BURST = 60;
const AWARENESS_PER_SECOND = 30;
/** Awareness client ids one connection may speak for (a tab normally uses one). */
const MAX_CONTROLLED_IDS = 4;
/** A client this far behind is dropped; it resyncs from the stored document when it reconnects. */
const MAX_BUFFERED_BYTES = 32 * 1024 * 1024;

/** Write attempts from a read-only connection tolerated before it is closed with 4403. */
const MAX_REFUSED_WRITES = 3;

/** One client's WebSocket inside a room: who it is (from the server session) and what it may speak for. */
export class Connection {
  /** Awareness client ids this connection has claimed. */
  readonly controlledIds = new Set<number>();
  /** What the awareness says about this person, whatever the client claims. */
  readonly identity: PresenceIdentity;
  /** False for observers: their document updates are dropped, never applied. */
  readonly canEdit: boolean;
  #refusedWrites = 0;
  #tokens = AWARENESS_BURST;
  #refilledAt = performance.now();

  constructor(
    readonly socket: WebSocket,
    readonly access: TreatyAccess,
  ) {
    this.identity = presenceIdentity(access);
    this.canEdit = roleAllows(access.role, Action.edit);
  }

  get memberId(): string | null {
    return this.access.member?.id ?? null;
  }

  /** Counts a dropped write; true when there were too many and the connection should go. */
  refuseWrite(): boolean {
    this.#refusedWrites += 1;
    return this.#refusedWrites >= MAX_REFUSED_WRITES;
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
    const now = performance.now();
    this.#tokens = Math.min(
      AWARENESS_BURST,
      this.#tokens + ((now - this.#refilledAt) / 1000) * AWARENESS_PER_SECOND,
    );
    this.#refilledAt = now;
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }
}
