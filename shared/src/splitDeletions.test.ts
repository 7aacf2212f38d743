import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { splitDeletions } from './splitDeletions.ts';

/** Ranges in an update's delete set. */
function rangeCount(update: Uint8Array): number {
  let count = 0;
  for (const items of Y.decodeUpdate(update).ds.clients.values()) count += items.length;
  return count;
}

/** A text typed by three writers in many places with corrections, and a copy of it. */
function muchEditedText(): { doc: Y.Doc; copy: Y.Doc } {
  const writers = [1, 2, 3].map((clientID) => {
    const doc = new Y.Doc();
    doc.clientID = clientID;
    return doc;
  });
  for (let i = 0; i < 600; i++) {
    const writer = writers[i % 3] as Y.Doc;
    const text = writer.getText('t');
    const at = (i * 7919) % (text.length + 1);
    text.insert(at, 'word ');
    if (i % 2 === 0) text.delete(at + 1, 1);
    for (const other of writers) Y.applyUpdate(other, Y.encodeStateAsUpdate(writer));
  }
  const doc = writers[0] as Y.Doc;
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return { doc, copy };
}

describe('splitDeletions', () => {
  it('splits a deletion of a much-edited passage into parts within the limit that make the same change', () => {
    const { doc, copy } = muchEditedText();
    let update: Uint8Array = new Uint8Array();
    doc.once('update', (u: Uint8Array) => {
      update = u;
    });
    doc.transact(() => {
      doc.getText('t').insert(0, 'NEW ');
      doc.getText('t').delete(4, doc.getText('t').length - 4);
    });
    expect(rangeCount(update)).toBeGreaterThan(250);

    const parts = splitDeletions(update, 100);
    expect(parts.length).toBe(Math.ceil(rangeCount(update) / 100));
    for (const part of parts) expect(rangeCount(part)).toBeLessThanOrEqual(100);
    // Only the first part carries the inserted text.
    expect(Y.decodeUpdate(parts[0] as Uint8Array).structs.length).toBeGreaterThan(0);
    for (const part of parts.slice(1)) expect(Y.decodeUpdate(part).structs).toEqual([]);

    for (const part of parts) Y.applyUpdate(copy, part);
    expect(copy.getText('t').toString()).toBe('NEW ');
    expect(Y.encodeStateAsUpdate(copy)).toEqual(Y.encodeStateAsUpdate(doc));
  });

  it('leaves an update within the limit as it is', () => {
    const doc = new Y.Doc();
    let update: Uint8Array = new Uint8Array();
    doc.once('update', (u: Uint8Array) => {
      update = u;
    });
    doc.getText('t').insert(0, 'one change');
    expect(splitDeletions(update, 1)).toEqual([update]);
  });
});
