import { Limits } from '@pactum/shared';
import type * as Y from 'yjs';

/** How long received changes may wait for the changes they depend on. */
const MAX_PENDING_MS = 30_000;

/**
 * Changes whose dependencies the server never received wait in the Yjs store
 * ("pending") and go out with every full encoding of the document: to each
 * client that joins, and into the compacted log. Legitimately they wait a
 * moment at most (a reconnecting client's catch-up racing its newest edit).
 * Past a size or an age they are dropped, so nobody can grow what every
 * member downloads with changes that never apply.
 */
export class PendingBound {
  #since: number | null = null;

  constructor(private readonly doc: Y.Doc) {}

  /**
   * True when the waiting changes are larger than {@link Limits.maxPendingBytes},
   * or their deletions than {@link Limits.maxPendingDeleteBytes}: Yjs applies
   * waiting deletions again on every update, whoever sends it.
   */
  tooLarge(): boolean {
    const deletes = this.doc.store.pendingDs?.byteLength ?? 0;
    return this.#bytes() > Limits.maxPendingBytes || deletes > Limits.maxPendingDeleteBytes;
  }

  /** True when changes have been waiting longer than they ever should. */
  stale(now = Date.now()): boolean {
    if (this.#bytes() === 0) {
      this.#since = null;
      return false;
    }
    this.#since ??= now;
    return now - this.#since > MAX_PENDING_MS;
  }

  drop(): void {
    this.doc.store.pendingStructs = null;
    this.doc.store.pendingDs = null;
    this.#since = null;
  }

  #bytes(): number {
    const { pendingStructs, pendingDs } = this.doc.store;
    return (pendingStructs?.update.byteLength ?? 0) + (pendingDs?.byteLength ?? 0);
  }
}
