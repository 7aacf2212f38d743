import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { batchIncomingUpdates } from './batchIncomingUpdates.ts';

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;

/** A provider that never connects: messages are handed to its handlers as y-websocket would. */
function offlineProvider(doc: Y.Doc): WebsocketProvider {
  return new WebsocketProvider('ws://127.0.0.1:9', 'treaty', doc, {
    connect: false,
    disableBc: true,
    // Never constructed (connect: false); Node 20 has no global WebSocket for the provider to check.
    WebSocketPolyfill: class {} as unknown as typeof WebSocket,
  });
}

/** Hands one frame to the provider as y-websocket's readMessage does; returns the reply's length. */
function receive(provider: WebsocketProvider, frame: Uint8Array): number {
  const decoder = decoding.createDecoder(frame);
  const encoder = encoding.createEncoder();
  const type = decoding.readVarUint(decoder);
  provider.messageHandlers[type]?.(encoder, decoder, provider, true, type);
  return encoding.length(encoder);
}

function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** Three remote keystrokes, each its own update. */
function remoteTyping(): Uint8Array[] {
  const remote = new Y.Doc();
  const updates: Uint8Array[] = [];
  remote.on('update', (update: Uint8Array) => updates.push(update));
  for (const char of 'abc') remote.getText('t').insert(remote.getText('t').length, char);
  return updates;
}

describe('incoming updates applied once per frame', () => {
  let frames: (() => void)[];
  beforeEach(() => {
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    vi.stubGlobal('cancelAnimationFrame', () => {});
  });
  afterEach(() => vi.unstubAllGlobals());
  const nextFrame = () => {
    for (const callback of frames.splice(0)) callback();
  };

  it('queues the updates of one frame and applies them as one remote transaction', () => {
    const doc = new Y.Doc();
    const provider = offlineProvider(doc);
    batchIncomingUpdates(provider);
    const transactions: { local: boolean; origin: unknown }[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => transactions.push(transaction));

    for (const update of remoteTyping())
      expect(receive(provider, updateFrame(update))).toBeLessThanOrEqual(1);
    expect(doc.getText('t').toString()).toBe('');
    nextFrame();
    expect(doc.getText('t').toString()).toBe('abc');
    expect(transactions).toHaveLength(1);
    expect(transactions[0]?.local).toBe(false);
    expect(transactions[0]?.origin).toBe(provider);
    provider.destroy();
  });

  it('applies the queue before a handshake message, not before awareness, and without frames after a short wait', async () => {
    const doc = new Y.Doc();
    const provider = offlineProvider(doc);
    batchIncomingUpdates(provider);
    const [first, second, third] = remoteTyping();
    receive(provider, updateFrame(first as Uint8Array));

    // An awareness message is handled at once and leaves the queue for the frame.
    const other = new awarenessProtocol.Awareness(new Y.Doc());
    other.setLocalState({ cursor: 1 });
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(other, [other.clientID]));
    receive(provider, encoding.toUint8Array(encoder));
    expect(provider.awareness.getStates().get(other.clientID)).toEqual({ cursor: 1 });
    expect(doc.getText('t').toString()).toBe('');

    // A sync step 1 applies the queue first and still gets its answer at once.
    const step1 = encoding.createEncoder();
    encoding.writeVarUint(step1, MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(step1, new Y.Doc());
    expect(receive(provider, encoding.toUint8Array(step1))).toBeGreaterThan(1);
    expect(doc.getText('t').toString()).toBe('a');

    // No frame comes (a hidden tab): the updates are applied anyway.
    receive(provider, updateFrame(second as Uint8Array));
    receive(provider, updateFrame(third as Uint8Array));
    await vi.waitFor(() => expect(doc.getText('t').toString()).toBe('abc'), { timeout: 1_000 });
    provider.destroy();
    other.destroy();
  });
});
