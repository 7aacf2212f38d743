import { MessageType, TREATY_FRAGMENT } from '@pactum/shared';
import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { TreatyAccess } from '../access/AccessControl.ts';
import { roomsFor, storageWithAccord } from './accordStoreFixture.ts';
import { Connection } from './Connection.ts';
import { GroupCommit } from './GroupCommit.ts';

const TREATY = 't-batch';
const OPEN = 1;

/** A connection whose socket keeps the Yjs updates it is sent, one entry per frame. */
function connection(name: string) {
  const frames: Uint8Array[] = [];
  const socket = {
    readyState: OPEN,
    bufferedAmount: 0,
    send(data: Uint8Array) {
      const decoder = decoding.createDecoder(data);
      if (decoding.readVarUint(decoder) !== MessageType.Sync) return;
      if (decoding.readVarUint(decoder) === syncProtocol.messageYjsUpdate) {
        frames.push(decoding.readVarUint8Array(decoder));
      }
    },
    close() {},
  };
  const access: TreatyAccess = {
    treatyId: TREATY,
    role: 'drafter',
    member: null,
    delegation: name,
    displayName: name,
  };
  return { frames, connection: new Connection(socket as unknown as WebSocket, access) };
}

/** A client doc in sync with the stored treaty, and the update its next edit produces. */
function client(state: Uint8Array) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  // The title's (English) text.
  const text = () => (doc.getXmlFragment(TREATY_FRAGMENT).get(0) as Y.XmlElement).get(0) as Y.XmlElement;
  return {
    doc,
    type(chars: string): Uint8Array {
      const before = Y.encodeStateVector(doc);
      (text().get(0) as Y.XmlText).insert(0, chars);
      return Y.encodeStateAsUpdate(doc, before);
    },
  };
}

async function setup() {
  const { storage, state } = await storageWithAccord(TREATY, 'pactum-batch-');
  const commits = new GroupCommit(storage);
  const rooms = roomsFor(storage, commits);
  const rows = async () => (await storage.treaties.load(TREATY)).length;
  return { rows, commits, room: await rooms.open(TREATY), state };
}

describe('GroupCommit', () => {
  it('stores the edits of one turn as one row and sends each connection one frame, without its own edits', async () => {
    const { rows, commits, room, state } = await setup();
    const [a, b, watcher] = [connection('A'), connection('B'), connection('C')];
    for (const { connection } of [a, b, watcher]) room.join(connection);
    const [alice, bob] = [client(state), client(state)];
    room.handle(a.connection, { kind: 'update', update: alice.type('a1 '), empty: false });
    room.handle(b.connection, { kind: 'update', update: bob.type('b1 '), empty: false });
    room.handle(a.connection, { kind: 'update', update: alice.type('a2 '), empty: false });
    expect(watcher.frames).toEqual([]);
    await commits.flush();

    expect(await rows()).toBe(2);
    expect(watcher.frames).toHaveLength(1);
    expect(a.frames).toHaveLength(1);
    expect(b.frames).toHaveLength(1);
    const watcherDoc = client(state).doc;
    Y.applyUpdate(watcherDoc, watcher.frames[0] as Uint8Array);
    expect(watcherDoc.getXmlFragment(TREATY_FRAGMENT).toJSON()).toBe(
      room.doc.getXmlFragment(TREATY_FRAGMENT).toJSON(),
    );
    // Bob's frame holds both of Alice's edits, Alice's only Bob's.
    const authors = (frame: Uint8Array | undefined) =>
      new Set(Y.decodeUpdate(frame as Uint8Array).structs.map((struct) => struct.id.client));
    expect(authors(b.frames[0])).toEqual(new Set([alice.doc.clientID]));
    expect(authors(a.frames[0])).toEqual(new Set([bob.doc.clientID]));
    Y.applyUpdate(alice.doc, a.frames[0] as Uint8Array);
    expect(alice.doc.getXmlFragment(TREATY_FRAGMENT).toJSON()).toBe(
      room.doc.getXmlFragment(TREATY_FRAGMENT).toJSON(),
    );
  });
});
