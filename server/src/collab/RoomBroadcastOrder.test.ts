import { AgreementRoot, CloseCode, MessageType, TREATY_FRAGMENT } from '@pactum/shared';
import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { TreatyAccess } from '../access/AccessControl.ts';
import type { Storage } from '../persistence/Storage.ts';
import { roomsFor, storageWithAccord } from './accordStoreFixture.ts';
import { Connection } from './Connection.ts';
import { GroupCommit } from './GroupCommit.ts';

const TREATY = 't-order';
const OPEN = 1;
const turn = () => new Promise((resolve) => setImmediate(resolve));

/** A connection whose socket keeps the Yjs updates and Durable answers it is sent, and how it was closed. */
function connection(name: string) {
  const frames: Uint8Array[] = [];
  const durable: number[] = [];
  const closes: number[] = [];
  const socket = {
    readyState: OPEN,
    bufferedAmount: 0,
    send(data: Uint8Array) {
      const decoder = decoding.createDecoder(data);
      const type = decoding.readVarUint(decoder);
      if (type === MessageType.Durable) durable.push(decoding.readVarUint(decoder));
      if (type !== MessageType.Sync) return;
      if (decoding.readVarUint(decoder) === syncProtocol.messageYjsUpdate) {
        frames.push(decoding.readVarUint8Array(decoder));
      }
    },
    close(code: number) {
      closes.push(code);
      socket.readyState = 3;
    },
  };
  const access: TreatyAccess = {
    treatyId: TREATY,
    role: 'drafter',
    member: null,
    delegation: name,
    displayName: name,
  };
  return { frames, durable, closes, connection: new Connection(socket as unknown as WebSocket, access) };
}

/**
 * A store whose transactions wait until `open()` (or fail once `fail()`
 * was called), so a test can look at what the room did before its commit ended.
 */
function gatedStorage(storage: Storage) {
  let opened: () => void = () => {};
  let gate = new Promise<void>((resolve) => {
    opened = resolve;
  });
  let failing = false;
  let transactions = 0;
  const gated = new Proxy(storage, {
    get(target, key) {
      if (key === 'transaction') {
        return async (work: Parameters<Storage['transaction']>[0]) => {
          transactions++;
          await gate;
          if (failing) throw new Error('disk full');
          return target.transaction(work);
        };
      }
      const value = Reflect.get(target, key);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return {
    gated,
    transactions: () => transactions,
    open() {
      opened();
    },
    close() {
      gate = new Promise<void>((resolve) => {
        opened = resolve;
      });
    },
    fail() {
      failing = true;
      opened();
    },
  };
}

/** A client doc in sync with the stored treaty; each edit returns its update. */
function client(state: Uint8Array) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const text = () => (doc.getXmlFragment(TREATY_FRAGMENT).get(0) as Y.XmlElement).get(0) as Y.XmlElement;
  const edit = (change: () => void) => {
    const before = Y.encodeStateVector(doc);
    change();
    return Y.encodeStateAsUpdate(doc, before);
  };
  return {
    doc,
    type: (chars: string) => edit(() => (text().get(0) as Y.XmlText).insert(0, chars)),
    /** A write to a map only the server writes: ServerOnlyGuard reverts it. */
    signOff: () => edit(() => doc.getMap(AgreementRoot.signoffs).set('forged', { by: 'me' })),
  };
}

async function setup() {
  const { storage, state } = await storageWithAccord(TREATY, 'pactum-order-');
  const store = gatedStorage(storage);
  const commits = new GroupCommit(store.gated);
  const rooms = roomsFor(store.gated, commits);
  const rows = async () => (await storage.treaties.load(TREATY)).length;
  const room = await rooms.open(TREATY);
  const [a, b, watcher] = [connection('A'), connection('B'), connection('C')];
  for (const { connection } of [a, b, watcher]) room.join(connection);
  return { store, rows, commits, room, state, a, b, watcher };
}

const textOf = (doc: Y.Doc) => doc.getXmlFragment(TREATY_FRAGMENT).toJSON();

describe('Room: an edit is shown to the others before it is stored, and confirmed after', () => {
  it('broadcasts a turn of client updates before its commit ends, and answers the barrier only once stored', async () => {
    const { store, rows, commits, room, state, a, b, watcher } = await setup();
    const alice = client(state);
    room.handle(a.connection, { kind: 'update', update: alice.type('a1 '), empty: false });
    room.handle(a.connection, { kind: 'barrier', seq: 1 });
    expect(watcher.frames).toEqual([]);
    await turn();
    await turn();

    // The commit has begun and is held in the store: the others have the edit, Alice no confirmation.
    expect(store.transactions()).toBe(1);
    expect(await rows()).toBe(1);
    expect(watcher.frames).toHaveLength(1);
    expect(b.frames).toHaveLength(1);
    expect(a.frames).toEqual([]);
    expect(a.durable).toEqual([]);
    const seen = client(state).doc;
    Y.applyUpdate(seen, watcher.frames[0] as Uint8Array);
    expect(textOf(seen)).toBe(textOf(room.doc));

    store.open();
    await commits.flush();
    expect(await rows()).toBe(2);
    expect(a.durable).toEqual([1]);
    // Nothing is sent twice.
    expect(watcher.frames).toHaveLength(1);
  });

  it('shows what arrives while a commit is written at the end of its turn, without waiting for that commit', async () => {
    const { store, commits, room, state, a, watcher } = await setup();
    const alice = client(state);
    room.handle(a.connection, { kind: 'update', update: alice.type('a1 '), empty: false });
    await turn();
    await turn();
    room.handle(a.connection, { kind: 'update', update: alice.type('a2 '), empty: false });
    room.handle(a.connection, { kind: 'barrier', seq: 2 });
    await turn();
    expect(store.transactions()).toBe(1);
    expect(watcher.frames).toHaveLength(2);
    store.open();
    await commits.flush();
    expect(a.durable).toEqual([2]);
  });

  it('sends no Durable for a commit that fails, and closes the room with 4503; the others keep what they saw', async () => {
    const { store, rows, room, state, a, watcher } = await setup();
    const alice = client(state);
    room.handle(a.connection, { kind: 'update', update: alice.type('lost? '), empty: false });
    room.handle(a.connection, { kind: 'barrier', seq: 1 });
    await turn();
    await turn();
    expect(watcher.frames).toHaveLength(1);
    store.fail();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(a.durable).toEqual([]);
    expect(a.closes).toEqual([CloseCode.StoreFailed]);
    expect(watcher.closes).toEqual([CloseCode.StoreFailed]);
    expect(await rows()).toBe(1);
    // The watcher holds the edit: it sends it to the next room when it reconnects.
    const seen = client(state).doc;
    Y.applyUpdate(seen, watcher.frames[0] as Uint8Array);
    expect(JSON.stringify(textOf(seen))).toContain('lost? ');
  });

  it('shows a turn with a guard revert only once stored, and the turns after it behind it, in order', async () => {
    const { store, rows, commits, room, state, a, b, watcher } = await setup();
    const [alice, bob] = [client(state), client(state)];
    room.handle(a.connection, { kind: 'update', update: alice.signOff(), empty: false });
    room.handle(a.connection, { kind: 'barrier', seq: 1 });
    await turn();
    await turn();
    expect(store.transactions()).toBe(1);
    room.handle(b.connection, { kind: 'update', update: bob.type('b1 '), empty: false });
    await turn();
    // Neither the forged write (with its revert) nor Bob's later edit is out before the commit.
    expect(watcher.frames).toEqual([]);
    expect(a.frames).toEqual([]);
    expect(room.doc.getMap(AgreementRoot.signoffs).has('forged')).toBe(false);

    store.open();
    await commits.flush();
    expect(await rows()).toBe(3);
    expect(a.durable).toEqual([1]);
    // The guard's turn, then Bob's, each as one frame; a receiver never holds the forged entry.
    expect(watcher.frames).toHaveLength(2);
    const seen = client(state).doc;
    Y.applyUpdate(seen, watcher.frames[0] as Uint8Array);
    expect(seen.getMap(AgreementRoot.signoffs).has('forged')).toBe(false);
    Y.applyUpdate(seen, watcher.frames[1] as Uint8Array);
    expect(textOf(seen)).toBe(textOf(room.doc));
    // Alice gets the revert of her own write (a server edit), not her write.
    Y.applyUpdate(alice.doc, a.frames[0] as Uint8Array);
    expect(alice.doc.getMap(AgreementRoot.signoffs).has('forged')).toBe(false);
  });

  it('keeps a server edit from everyone until its commit is stored', async () => {
    const { store, rows, commits, room, watcher } = await setup();
    room.doc.transact(() => room.doc.getMap(AgreementRoot.comments).set('c1', { text: 'noted' }), 'server');
    const flushed = commits.flush();
    await turn();
    await turn();
    expect(store.transactions()).toBe(1);
    expect(watcher.frames).toEqual([]);
    store.open();
    await flushed;
    expect(await rows()).toBe(2);
    expect(watcher.frames).toHaveLength(1);
    store.close();
  });
});
