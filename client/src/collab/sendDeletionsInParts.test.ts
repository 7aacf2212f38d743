import { Limits, MessageType } from '@pactum/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { sendDeletionsInParts } from './sendDeletionsInParts.ts';

/** A provider on a fake open socket that keeps the frames it sends. */
function connectedProvider(doc: Y.Doc): { provider: WebsocketProvider; sent: Uint8Array[] } {
  const provider = new WebsocketProvider('ws://127.0.0.1:9', 'treaty', doc, {
    connect: false,
    disableBc: true,
    // Never constructed (connect: false); Node 20 has no global WebSocket for the provider to check.
    WebSocketPolyfill: class {} as unknown as typeof WebSocket,
  });
  const sent: Uint8Array[] = [];
  provider.ws = {
    OPEN: 1,
    readyState: 1,
    send: (frame: Uint8Array) => sent.push(frame),
    close: () => {},
  } as unknown as WebSocket;
  provider.wsconnected = true;
  return { provider, sent };
}

/** The Yjs update inside a sync frame (step 2 or update). */
function updateOf(frame: Uint8Array): Uint8Array {
  const decoder = decoding.createDecoder(frame);
  expect(decoding.readVarUint(decoder)).toBe(MessageType.Sync);
  const type = decoding.readVarUint(decoder);
  expect([syncProtocol.messageYjsSyncStep2, syncProtocol.messageYjsUpdate]).toContain(type);
  return decoding.readVarUint8Array(decoder);
}

function rangeCount(update: Uint8Array): number {
  let count = 0;
  for (const items of Y.decodeUpdate(update).ds.clients.values()) count += items.length;
  return count;
}

/** A text with `gaps` deleted characters between live ones: deleting all of it is `gaps` + 1 ranges. */
function textWithGaps(gaps: number): Y.Doc {
  const doc = new Y.Doc();
  const text = doc.getText('t');
  text.insert(0, 'ab'.repeat(gaps + 1));
  for (let i = gaps; i >= 1; i--) text.delete(2 * i - 1, 1);
  return doc;
}

describe('sendDeletionsInParts', () => {
  it('sends a deletion in more places than the server takes as parts within the limit, in order', () => {
    const doc = textWithGaps(Limits.maxUpdateLiveDeletes * 2);
    const server = new Y.Doc();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(doc));
    const { provider, sent } = connectedProvider(doc);
    sendDeletionsInParts(provider);

    doc.transact(() => {
      const text = doc.getText('t');
      text.delete(0, text.length);
      text.insert(0, 'cleared');
    });
    expect(sent.length).toBe(3);
    for (const frame of sent)
      expect(rangeCount(updateOf(frame))).toBeLessThanOrEqual(Limits.maxUpdateLiveDeletes);
    for (const frame of sent) Y.applyUpdate(server, updateOf(frame));
    expect(server.getText('t').toString()).toBe('cleared');

    // A small change is one message, as before.
    sent.length = 0;
    doc.getText('t').insert(0, 'x');
    expect(sent.length).toBe(1);
    provider.destroy();
  });

  it("answers the server's handshake with parts within the limit that bring it everything", async () => {
    // Every fourth character deleted where the server saw it, and, offline, every fourth other one.
    const doc = new Y.Doc();
    const text = doc.getText('t');
    const quarters = Limits.maxUpdateLiveDeletes + 10;
    text.insert(0, 'abcd'.repeat(quarters));
    for (let i = quarters - 1; i >= 0; i--) text.delete(4 * i + 1, 1);
    const server = new Y.Doc();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(doc));
    for (let i = quarters - 1; i >= 0; i--) text.delete(3 * i + 2, 1);
    const { provider, sent } = connectedProvider(doc);
    sendDeletionsInParts(provider);

    const step1 = encoding.createEncoder();
    encoding.writeVarUint(step1, MessageType.Sync);
    syncProtocol.writeSyncStep1(step1, server);
    const decoder = decoding.createDecoder(encoding.toUint8Array(step1));
    const reply = encoding.createEncoder();
    const type = decoding.readVarUint(decoder);
    provider.messageHandlers[type]?.(reply, decoder, provider, true, type);
    await Promise.resolve();

    const frames = [encoding.toUint8Array(reply), ...sent];
    expect(frames.length).toBe(Math.ceil((2 * quarters) / Limits.maxUpdateLiveDeletes));
    expect(decoding.createDecoder(frames[0] as Uint8Array).arr[1]).toBe(syncProtocol.messageYjsSyncStep2);
    for (const frame of frames) {
      expect(rangeCount(updateOf(frame))).toBeLessThanOrEqual(Limits.maxUpdateLiveDeletes);
      Y.applyUpdate(server, updateOf(frame));
    }
    expect(server.getText('t').toString()).toBe('ac'.repeat(quarters));
    provider.destroy();
  });
});
