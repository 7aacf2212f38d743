import { type AwarenessEntry, decodeAwarenessEntries, encodeAwarenessEntries } from '@pactum/shared';

/**
 * Coalesces each treaty's awareness updates: the first goes out at once, and
 * what arrives in the `windowMs` after it goes out together when the window
 * ends, one entry per participant (the highest clock; on a tie the later,
 * so a removal after a last state is what goes).
 */
export class AwarenessThrottle {
  readonly #pending = new Map<string, Map<number, AwarenessEntry>>();
  readonly #windows = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly windowMs: number,
    private readonly send: (treatyId: string, update: Uint8Array) => void,
  ) {}

  /** Throws on an update that does not decode; nothing is then kept of it. */
  push(treatyId: string, update: Uint8Array): void {
    if (!this.#windows.has(treatyId)) {
      this.send(treatyId, update);
      this.#open(treatyId);
      return;
    }
    const entries = decodeAwarenessEntries(update);
    let pending = this.#pending.get(treatyId);
    if (!pending) {
      pending = new Map();
      this.#pending.set(treatyId, pending);
    }
    for (const entry of entries) {
      const held = pending.get(entry.clientId);
      if (!held || entry.clock >= held.clock) pending.set(entry.clientId, entry);
    }
  }

  /** Sends what waits for `treatyId` now, and opens no new window. */
  flush(treatyId: string): void {
    clearTimeout(this.#windows.get(treatyId));
    this.#windows.delete(treatyId);
    this.#sendPending(treatyId);
  }

  flushAll(): void {
    for (const treatyId of [...this.#windows.keys()]) this.flush(treatyId);
  }

  #open(treatyId: string): void {
    const window = setTimeout(() => {
      this.#windows.delete(treatyId);
      if (this.#sendPending(treatyId)) this.#open(treatyId);
    }, this.windowMs);
    window.unref();
    this.#windows.set(treatyId, window);
  }

  #sendPending(treatyId: string): boolean {
    const pending = this.#pending.get(treatyId);
    this.#pending.delete(treatyId);
    if (!pending || pending.size === 0) return false;
    this.send(treatyId, encodeAwarenessEntries([...pending.values()]));
    return true;
  }
}
