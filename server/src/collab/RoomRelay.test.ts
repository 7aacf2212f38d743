import {
  type AwarenessEntry,
  decodeAwarenessEntries,
  encodeAwarenessEntries,
  TREATY_FRAGMENT,
} from '@pactum/shared';
import { describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { TreatyAccess } from '../access/AccessControl.ts';
import type { MemberRow } from '../persistence/AccessRepository.ts';
import { roomsFor, storageWithAccord } from './accordStoreFixture.ts';
import { Connection } from './Connection.ts';
import { GroupCommit } from './GroupCommit.ts';
import type { Relay, RelayControl, RelaySubscription } from './Relay.ts';
import { sweepRevokedMembers } from './sweepRevokedMembers.ts';

const TREATY = 't-relay';
const OPEN = 1;

/** A relay that keeps what a room publishes, and lets the test deliver control messages. */
class RecordingRelay implements Relay {
  readonly awareness: AwarenessEntry[][] = [];
  readonly controls: RelayControl[] = [];
  readonly listeners: Array<(message: RelayControl) => void> = [];
  async subscribe(): Promise<RelaySubscription> {
    return { start: async () => {}, stop: async () => {} };
  }
  publishUpdate(): void {}
  publishAwareness(_treatyId: string, update: Uint8Array): void {
    this.awareness.push(decodeAwarenessEntries(update));
  }
  publishControl(message: RelayControl): void {
    this.controls.push(message);
  }
  onControl(listener: (message: RelayControl) => void): void {
    this.listeners.push(listener);
  }
  async close(): Promise<void> {}
}

/** A member's connection whose socket records how it was closed. */
function member(id: string) {
  const closes: number[] = [];
  const socket = {
    readyState: OPEN,
    bufferedAmount: 0,
    send() {},
    close(code: number) {
      closes.push(code);
    },
  };
  const access: TreatyAccess = {
    treatyId: TREATY,
    role: 'drafter',
    member: { id } as MemberRow,
    delegation: 'FRA',
    displayName: id,
  };
  return { closes, connection: new Connection(socket as unknown as WebSocket, access) };
}

async function setup(compactAfterRows = 1000) {
  const { storage, state } = await storageWithAccord(TREATY, 'pactum-relay-');
  const relay = new RecordingRelay();
  const commits = new GroupCommit(storage);
  const rooms = roomsFor(storage, commits, { relay, compactAfterRows });
  return { storage, relay, commits, rooms, room: await rooms.open(TREATY), state };
}

const entry = (clientId: number, clock: number, state: unknown) => ({ clientId, clock, state });

describe('Room and Relay', () => {
  it("publishes its connections' awareness and their removal, never what was relayed or timed out", async () => {
    const { relay, room } = await setup();
    const { connection } = member('m-1');
    room.join(connection);
    const update = encodeAwarenessEntries([entry(11, 1, { cursor: null })]);
    room.handle(connection, { kind: 'awareness', update, entries: decodeAwarenessEntries(update) });
    const state = { user: connection.identity, cursor: null };
    expect(relay.awareness).toEqual([[entry(11, 1, state)]]);

    room.applyRemoteAwareness(encodeAwarenessEntries([entry(22, 1, state)]));
    expect(room.awareness.states.has(22)).toBe(true);
    expect(decodeAwarenessEntries(room.localAwareness() as Uint8Array)).toEqual([entry(11, 1, state)]);
    awarenessProtocol.removeAwarenessStates(room.awareness, [22], 'timeout');
    expect(relay.awareness).toHaveLength(1);

    room.leave(connection);
    expect(relay.awareness).toEqual([[entry(11, 1, state)], [entry(11, 1, null)]]);
  });

  it("closes a member's connections here and elsewhere when any process disconnects them", async () => {
    const { relay, rooms, room } = await setup();
    const [revoked, signedOut, other] = [member('m-1'), member('m-2'), member('m-3')];
    for (const { connection } of [revoked, signedOut, other]) room.join(connection);

    rooms.disconnectMember(TREATY, 'm-1', 4403, 'access revoked');
    expect(revoked.closes).toEqual([4403]);
    expect(relay.controls).toEqual([
      { kind: 'disconnectMember', treatyId: TREATY, memberId: 'm-1', code: 4403, reason: 'access revoked' },
    ]);

    for (const listener of relay.listeners) {
      listener({
        kind: 'disconnectMember',
        treatyId: TREATY,
        memberId: 'm-2',
        code: 4401,
        reason: 'signed out',
      });
    }
    expect(signedOut.closes).toEqual([4401]);
    expect(other.closes).toEqual([]);
    // What came from another process is not published again.
    expect(relay.controls).toHaveLength(1);
  });

  it('counts a stored row the relay delivers again, as a room loads, once', async () => {
    const { storage, commits, room, state } = await setup(2);
    const [loaded] = await storage.treaties.load(TREATY);
    // The relay may hand over rows the store read already held: nothing new to store or compact.
    for (let i = 0; i < 2; i++) room.applyRemoteUpdate(state, loaded?.seq as number);
    const { connection } = member('m-1');
    room.join(connection);
    const client = new Y.Doc();
    Y.applyUpdate(client, state);
    const before = Y.encodeStateVector(client);
    const paragraph = (client.getXmlFragment(TREATY_FRAGMENT).get(0) as Y.XmlElement).get(0) as Y.XmlElement;
    (paragraph.get(0) as Y.XmlText).insert(0, 'edit ');
    room.handle(connection, { kind: 'update', update: Y.encodeStateAsUpdate(client, before), empty: false });
    await commits.flush();
    // Two rows, within `compactAfterRows`: a room counting the delivered row three times would compact them into one.
    expect(await storage.treaties.load(TREATY)).toHaveLength(2);
  });

  it('closes, on a sweep, the sockets of members the store says were revoked (a lost control message)', async () => {
    const { storage, rooms, room } = await setup();
    const joined = new Date().toISOString();
    const expires = new Date(Date.now() + 60_000).toISOString();
    for (const id of ['m-1', 'm-2']) {
      await storage.access.createSession(`s-${id}`, `hash-${id}`, id, expires);
      await storage.access.addMember(
        {
          id,
          treatyId: TREATY,
          sessionId: `s-${id}`,
          displayName: id,
          delegation: 'FRA',
          role: 'drafter',
          joinedAt: joined,
        },
        null,
      );
    }
    const [revoked, kept] = [member('m-1'), member('m-2')];
    for (const { connection } of [revoked, kept]) room.join(connection);
    expect(await sweepRevokedMembers(rooms, storage.access)).toBe(0);

    // Revoked on another process, whose message never arrived here.
    await storage.access.revokeMember('m-1', new Date().toISOString());
    expect(await sweepRevokedMembers(rooms, storage.access)).toBe(1);
    expect(revoked.closes).toEqual([4403]);
    expect(kept.closes).toEqual([]);
  });
});
