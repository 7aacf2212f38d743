import { CloseCode, Limits, MessageType } from '@pactum/shared';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { decodeClientMessage, MalformedMessageError } from './decodeClientMessage.ts';

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

function docWithText(text: string): Y.Doc {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return doc;
}

describe('decodeClientMessage', () => {
  it('decodes the frames a y-websocket client sends', () => {
    const doc = docWithText('hello');
    const step1 = frame((e) => {
      encoding.writeVarUint(e, MessageType.Sync);
      syncProtocol.writeSyncStep1(e, doc);
    });
    expect(decodeClientMessage(step1)).toEqual({ kind: 'syncStep1', stateVector: Y.encodeStateVector(doc) });

    const update = Y.encodeStateAsUpdate(doc);
    const updateFrame = frame((e) => {
      encoding.writeVarUint(e, MessageType.Sync);
      syncProtocol.writeUpdate(e, update);
    });
    expect(decodeClientMessage(updateFrame)).toMatchObject({
      kind: 'update',
      update,
      empty: false,
      // What the budget read on the way: one client, one item.
      cost: { structs: 2, authors: [doc.clientID] },
    });
    const nothingNew = Y.encodeStateAsUpdate(doc, Y.encodeStateVector(doc));
    const emptyFrame = frame((e) => {
      encoding.writeVarUint(e, MessageType.Sync);
      syncProtocol.writeUpdate(e, nothingNew);
    });
    expect(decodeClientMessage(emptyFrame)).toMatchObject({ kind: 'update', empty: true });

    const awareness = new awarenessProtocol.Awareness(doc);
    awareness.setLocalStateField('user', { name: 'Олена' });
    const awarenessFrame = frame((e) => {
      encoding.writeVarUint(e, MessageType.Awareness);
      encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]));
    });
    const decoded = decodeClientMessage(awarenessFrame);
    expect(decoded.kind).toBe('awareness');
    expect(decoded.kind === 'awareness' && decoded.entries).toEqual([
      { clientId: doc.clientID, clock: expect.any(Number), state: { user: { name: 'Олена' } } },
    ]);
    awareness.destroy();

    expect(decodeClientMessage(new Uint8Array([MessageType.QueryAwareness]))).toEqual({
      kind: 'queryAwareness',
    });
  });

  const update = Y.encodeStateAsUpdate(docWithText('some text to truncate'));
  const validUpdateFrame = frame((e) => {
    encoding.writeVarUint(e, MessageType.Sync);
    syncProtocol.writeUpdate(e, update);
  });

  it.each([
    ['an empty frame', new Uint8Array()],
    ['an unknown message type', new Uint8Array([7])],
    ['the Durable type, which only the server sends', new Uint8Array([MessageType.Durable, 0])],
    ['an unknown sync type', new Uint8Array([MessageType.Sync, 9, 0])],
    ['a truncated update', validUpdateFrame.slice(0, validUpdateFrame.length - 4)],
    ['trailing bytes', new Uint8Array([...validUpdateFrame, 1, 2, 3])],
    [
      'an update with bytes after its delete set',
      frame((e) => {
        encoding.writeVarUint(e, MessageType.Sync);
        syncProtocol.writeUpdate(e, new Uint8Array([...update, 0]));
      }),
    ],
    ['a length that runs past the end', new Uint8Array([MessageType.Sync, 2, 200, 1, 1])],
    [
      'an update of random bytes',
      new Uint8Array([MessageType.Sync, 2, 6, 0xff, 0xfe, 0xfd, 0x80, 0x81, 0x82]),
    ],
    ['awareness state that is not JSON', new Uint8Array([MessageType.Awareness, 6, 1, 1, 1, 2, 0x7b, 0x7b])],
  ])('rejects %s', (_name, bytes) => {
    expect(() => decodeClientMessage(bytes)).toThrow(MalformedMessageError);
  });

  /** The close code a frame is refused with. */
  const refusal = (bytes: Uint8Array) => {
    try {
      decodeClientMessage(bytes);
    } catch (error) {
      return (error as MalformedMessageError).code;
    }
    return null;
  };

  it('refuses updates and state vectors over the budget with 4413, before Yjs decodes them', () => {
    const bomb = frame((e) => {
      encoding.writeVarUint(e, MessageType.Sync);
      // One client declaring 2^32 structs: Yjs would loop on it until the bytes run out.
      syncProtocol.writeUpdate(e, new Uint8Array([1, 0x80, 0x80, 0x80, 0x80, 0x10, 5, 0]));
    });
    expect(refusal(bomb)).toBe(CloseCode.UpdateTooLarge);
    const stateVector = frame((e) => {
      encoding.writeVarUint(e, MessageType.Sync);
      encoding.writeVarUint(e, syncProtocol.messageYjsSyncStep1);
      encoding.writeVarUint8Array(e, new Uint8Array([0xff, 0xff, 0xff, 0x7f]));
    });
    expect(refusal(stateVector)).toBe(CloseCode.UpdateTooLarge);
    expect(refusal(validUpdateFrame)).toBeNull();
    expect(refusal(new Uint8Array([7]))).toBe(CloseCode.MalformedMessage);
  });

  it('refuses awareness larger than a caret with 1009 before parsing it', () => {
    const big = frame((e) => {
      encoding.writeVarUint(e, MessageType.Awareness);
      // Not even valid: the size alone refuses it.
      encoding.writeVarUint8Array(e, new Uint8Array(Limits.maxAwarenessBytes + 1).fill(0x7b));
    });
    expect(refusal(big)).toBe(CloseCode.MessageTooBig);
  });
});
