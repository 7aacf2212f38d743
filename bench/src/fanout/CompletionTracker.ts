import type { TypistInfo } from './loadProtocol.ts';

/**
 * For one thread's receivers: when the last of them applied each typist's
 * k-th edit. A receiver has applied it once its state vector reaches the
 * edit's clock (Yjs integrates nothing out of order, and every edit is one
 * character), so no marker in the text and no message per edit is needed.
 */
export class CompletionTracker {
  /** Per typist, per edit: when the last local receiver applied it; NaN while one has not. */
  readonly doneAt: Float64Array[];
  readonly #counts: Int32Array[];
  /** Per receiver slot and typist: how many of the typist's edits that receiver has applied. */
  readonly #reached: Int32Array;
  readonly #needed: number[];

  constructor(
    private readonly typists: TypistInfo[],
    editsPerTypist: number,
    /** The client index of each local receiver, by slot. */
    private readonly receivers: number[],
  ) {
    this.#needed = typists.map(
      ({ clientIndex }) => receivers.length - (receivers.includes(clientIndex) ? 1 : 0),
    );
    // A thread with no receiver for a typist does not hold its edits back.
    this.doneAt = this.#needed.map((needed) =>
      new Float64Array(editsPerTypist).fill(needed === 0 ? Number.NEGATIVE_INFINITY : Number.NaN),
    );
    this.#counts = typists.map(() => new Int32Array(editsPerTypist));
    this.#reached = new Int32Array(receivers.length * typists.length);
  }

  /** Called after the receiver in `slot` applied (or, light, read) something; `receiver.clockOf` tells how far it got. */
  applied(slot: number, receiver: { clockOf(clientId: number): number }, now: number): void {
    const clientIndex = this.receivers[slot];
    for (let t = 0; t < this.typists.length; t++) {
      const typist = this.typists[t] as TypistInfo;
      if (typist.clientIndex === clientIndex) continue;
      const at = slot * this.typists.length + t;
      const applied = receiver.clockOf(typist.clientId) - typist.startClock;
      let k = this.#reached[at] as number;
      if (applied <= k) continue;
      const counts = this.#counts[t] as Int32Array;
      const doneAt = this.doneAt[t] as Float64Array;
      const needed = this.#needed[t] as number;
      for (; k < applied && k < counts.length; k++) {
        counts[k] = (counts[k] as number) + 1;
        if (counts[k] === needed) doneAt[k] = now;
      }
      this.#reached[at] = k;
    }
  }

  /** How many of the edits `isMeasured` picks some local receiver has not applied yet. */
  pending(isMeasured: (typist: number, k: number) => boolean): number {
    let pending = 0;
    this.doneAt.forEach((doneAt, t) => {
      doneAt.forEach((at, k) => {
        if (Number.isNaN(at) && isMeasured(t, k)) pending += 1;
      });
    });
    return pending;
  }
}
