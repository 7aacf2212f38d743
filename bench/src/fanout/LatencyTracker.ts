import * as Y from 'yjs';

interface Sent {
  /** The typist's clock after this edit: a receiver has applied it once its state reaches this. */
  endClock: number;
  sentAt: number;
  /** Receivers that have not applied it yet. */
  remaining: number;
  measured: boolean;
}

/**
 * End-to-end latency of every edit: from the moment the typist sent it to the
 * moment the last of the other clients applied it to its own Y.Doc. A
 * receiver has applied an edit when its state vector covers the edit's clock
 * (Yjs integrates nothing out of order), so no marker is needed in the text.
 */
export class LatencyTracker {
  readonly latencies: number[] = [];
  #queues: Sent[][];
  /** Per receiver and typist: index of the first edit this receiver has not applied yet. */
  #next: Int32Array;
  #pendingMeasured = 0;

  constructor(
    private readonly receivers: number,
    /** The Yjs client id of each typist's doc. */
    private readonly typistClientIds: number[],
    /** The receiver index of each typist (it does not wait for its own edits). */
    private readonly typistReceivers: number[],
  ) {
    this.#queues = typistClientIds.map(() => []);
    this.#next = new Int32Array(receivers * typistClientIds.length);
  }

  sent(typist: number, endClock: number, sentAt: number, measured: boolean): void {
    this.#queues[typist]?.push({ endClock, sentAt, remaining: this.receivers - 1, measured });
    if (measured) this.#pendingMeasured += 1;
  }

  /** Called after `receiver` applied something to `doc`. */
  applied(receiver: number, doc: Y.Doc, now: number): void {
    const typists = this.typistClientIds.length;
    for (let typist = 0; typist < typists; typist++) {
      if (this.typistReceivers[typist] === receiver) continue;
      const queue = this.#queues[typist] as Sent[];
      const slot = receiver * typists + typist;
      let next = this.#next[slot] as number;
      if (next >= queue.length) continue;
      const state = Y.getState(doc.store, this.typistClientIds[typist] as number);
      while (next < queue.length) {
        const entry = queue[next] as Sent;
        if (entry.endClock > state) break;
        entry.remaining -= 1;
        if (entry.remaining === 0 && entry.measured) {
          this.latencies.push(now - entry.sentAt);
          this.#pendingMeasured -= 1;
        }
        next += 1;
      }
      this.#next[slot] = next;
    }
  }

  /** Measured edits that some receiver has not applied yet. */
  get pending(): number {
    return this.#pendingMeasured;
  }
}
