import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type * as Y from 'yjs';
import { MessageType } from './wire.ts';

/** A Barrier frame: ask the server to confirm once everything sent before it is stored. */
export function encodeBarrier(seq: number): Uint8Array<ArrayBuffer> {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Barrier);
  encoding.writeVarUint(encoder, seq);
  // lib0 always allocates a plain ArrayBuffer; WebSocket.send wants to know.
  return encoding.toUint8Array(encoder) as Uint8Array<ArrayBuffer>;
}

/** A Durable frame: everything the client sent before its barrier `seq` is stored. */
export function encodeDurable(seq: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Durable);
  encoding.writeVarUint(encoder, seq);
  return encoding.toUint8Array(encoder);
}

/** Reads the payload of a Durable frame whose type has already been read. */
export function readDurable(decoder: decoding.Decoder): number {
  return decoding.readVarUint(decoder);
}

/**
 * Knows whether every local edit of a Y.Doc is on the server's disk.
 *
 * Each local transaction that changes the document (insertions and pure
 * deletions alike) advances {@link changeSeq}. The session sends a barrier
 * carrying it after the edit's update; the server's Durable answer for that
 * barrier confirms every change up to it. Changes kept on the device from
 * before a reload are {@link carry carried} in: unconfirmed like new ones.
 */
export class DurabilityTracker {
  #changeSeq = 0;
  #confirmedSeq = 0;
  readonly #listeners = new Set<() => void>();

  constructor(private readonly doc: Y.Doc) {
    doc.on('afterTransaction', this.#onTransaction);
  }

  #onTransaction = (transaction: Y.Transaction): void => {
    if (!transaction.local) return;
    const client = this.doc.clientID;
    const inserted = (transaction.afterState.get(client) ?? 0) > (transaction.beforeState.get(client) ?? 0);
    if (!inserted && transaction.deleteSet.clients.size === 0) return;
    this.#changeSeq++;
    this.#emit();
  };

  /**
   * Adds `count` changes that reached this document from a copy kept on the
   * device, made before a reload and never confirmed: they stay unsaved until
   * a barrier sent after them is confirmed, like the changes made here.
   */
  carry(count: number): void {
    if (count <= 0) return;
    this.#changeSeq += count;
    this.#emit();
  }

  /** Number of local changes so far; send it in a barrier. */
  get changeSeq(): number {
    return this.#changeSeq;
  }

  /** Whether every local change so far has been confirmed durable. */
  get saved(): boolean {
    return this.#confirmedSeq >= this.#changeSeq;
  }

  /** How many local (and carried) changes the server has not confirmed yet. */
  get unsaved(): number {
    return this.#changeSeq - this.#confirmedSeq;
  }

  /** The server stored every change up to `seq` (a past {@link changeSeq}). */
  confirmThrough(seq: number): void {
    const confirmed = Math.min(seq, this.#changeSeq);
    if (confirmed <= this.#confirmedSeq) return;
    this.#confirmedSeq = confirmed;
    this.#emit();
  }

  /** Calls `listener` whenever {@link unsaved} changes. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  destroy(): void {
    this.doc.off('afterTransaction', this.#onTransaction);
    this.#listeners.clear();
  }

  #emit(): void {
    for (const listener of this.#listeners) listener();
  }
}
