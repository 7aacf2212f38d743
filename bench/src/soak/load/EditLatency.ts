import * as Y from 'yjs';

interface Sender {
  /** Send time of each typed character by its Yjs clock, until an observer has it. */
  sentAt: Map<number, number>;
  /** Next clock of this sender the observer has not applied yet. */
  seen: number;
}

export interface LatencySample {
  /** When the observer applied the edit, in seconds since the load started. */
  at: number;
  ms: number;
}

/**
 * Edit latency in one treaty: from a typist's send to the moment an observer
 * client of the same treaty has applied it. Each typed character takes one
 * Yjs clock of its sender, and Yjs applies a sender's changes in clock
 * order, so the observer's state vector says which ones arrived — no marker
 * in the text is needed.
 */
export class EditLatency {
  readonly samples: LatencySample[] = [];
  readonly #senders = new Map<number, Sender>();

  constructor(private readonly startedAt: number) {}

  /** A typist joins; `clock` is its next clock (its state in its own doc before its first edit). */
  register(clientId: number, clock: number): void {
    this.#senders.set(clientId, { sentAt: new Map(), seen: clock });
  }

  /** The typist sent the character with this clock at `now` (performance.now()). */
  sent(clientId: number, clock: number, now: number): void {
    this.#senders.get(clientId)?.sentAt.set(clock, now);
  }

  /** The observer applied something to its copy `doc` at `now`. */
  observed(doc: Y.Doc, now: number): void {
    for (const [clientId, sender] of this.#senders) {
      const state = Y.getState(doc.store, clientId);
      for (; sender.seen < state; sender.seen++) {
        const sentAt = sender.sentAt.get(sender.seen);
        if (sentAt === undefined) continue;
        sender.sentAt.delete(sender.seen);
        this.samples.push({ at: (now - this.startedAt) / 1000, ms: now - sentAt });
      }
    }
  }

  /** Characters sent that the observer has not applied yet. */
  pending(): number {
    let pending = 0;
    for (const sender of this.#senders.values()) pending += sender.sentAt.size;
    return pending;
  }
}
