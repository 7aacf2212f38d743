import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DurabilityTracker, encodeBarrier, encodeDurable, readDurable } from './durability.ts';
import { MessageType } from './wire.ts';

function setup() {
  const doc = new Y.Doc();
  const tracker = new DurabilityTracker(doc);
  const changes: number[] = [];
  tracker.onChange(() => changes.push(tracker.unsaved));
  return { doc, tracker, text: doc.getText('t'), changes };
}

describe('DurabilityTracker', () => {
  it('is saved before any local edit', () => {
    expect(setup().tracker.saved).toBe(true);
  });

  it('is unsaved after a local edit until a barrier at or after it is confirmed', () => {
    const { tracker, text, changes } = setup();
    text.insert(0, 'Article');
    const barrier = tracker.changeSeq;
    text.insert(7, ' 1');
    expect(tracker.saved).toBe(false);
    tracker.confirmThrough(barrier);
    expect(tracker.saved).toBe(false);
    tracker.confirmThrough(tracker.changeSeq);
    expect(tracker.saved).toBe(true);
    expect(changes).toEqual([1, 2, 1, 0]);
  });

  it('counts a pure deletion as a change to confirm', () => {
    const { tracker, text } = setup();
    text.insert(0, 'abc');
    tracker.confirmThrough(tracker.changeSeq);
    text.delete(0, 1);
    expect(tracker.saved).toBe(false);
    tracker.confirmThrough(tracker.changeSeq);
    expect(tracker.saved).toBe(true);
  });

  it('ignores a stale confirmation', () => {
    const { tracker, text, changes } = setup();
    text.insert(0, 'a');
    tracker.confirmThrough(1);
    text.insert(1, 'b');
    tracker.confirmThrough(1);
    expect(tracker.saved).toBe(false);
    expect(changes).toEqual([1, 0, 1]);
  });

  it('keeps changes carried from the device unsaved until a barrier after them is confirmed', () => {
    const { tracker, text, changes } = setup();
    tracker.carry(0);
    expect(tracker.saved).toBe(true);
    tracker.carry(3);
    expect(tracker.unsaved).toBe(3);
    text.insert(0, 'typed before the server answered');
    expect(tracker.unsaved).toBe(4);
    tracker.confirmThrough(3);
    expect(tracker.unsaved).toBe(1);
    tracker.confirmThrough(tracker.changeSeq);
    expect(tracker.saved).toBe(true);
    expect(changes).toEqual([3, 4, 1, 0]);
  });

  it('is not made unsaved by remote edits', () => {
    const { doc, tracker } = setup();
    const other = new Y.Doc();
    other.getText('t').insert(0, 'from someone else');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    expect(tracker.saved).toBe(true);
    expect(tracker.changeSeq).toBe(0);
  });

  it('does not count transactions that change nothing', () => {
    const { doc, tracker } = setup();
    doc.transact(() => {});
    expect(tracker.changeSeq).toBe(0);
  });
});

describe('barrier and durable frames', () => {
  it('round-trip their sequence number behind the right message type', () => {
    const durable = decoding.createDecoder(encodeDurable(300));
    expect(decoding.readVarUint(durable)).toBe(MessageType.Durable);
    expect(readDurable(durable)).toBe(300);
    const barrier = decoding.createDecoder(encodeBarrier(7));
    expect(decoding.readVarUint(barrier)).toBe(MessageType.Barrier);
    expect(decoding.readVarUint(barrier)).toBe(7);
  });
});
