import { CloseCode } from '@pactum/shared';
import { WebSocket } from 'ws';

const AWARENESS_BURST = 60;
const AWARENESS_PER_SECOND = 30;
/** Awareness client ids one connection may speak for (a tab normally uses one). */
const MAX_CONTROLLED_IDS = 4;
/** A client this far behind is dropped; it resyncs from the stored document when it reconnects. */
const MAX_BUFFERED_BYTES = 32 * 1024 * 1024;

/** One client's WebSocket inside a room, with what it may speak for. */
export class Connection {
  /** Awareness client ids this connection has claimed. */
  readonly controlledIds = new Set<number>();
  #tokens = AWARENESS_BURST;
  #refilledAt = performance.now();

  constructor(readonly socket: WebSocket) {}

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
