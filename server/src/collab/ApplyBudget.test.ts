import { Limits, splitDeletions, TREATY_FRAGMENT, writeTreatyToYDoc } from '@pactum/shared';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sampleTreaty } from '../seed/sampleTreaty.ts';
import { ChangesAheadError, checkApplyBudget } from './ApplyBudget.ts';
import { checkUpdateBudget, UpdateTooLargeError } from './UpdateBudget.ts';

/** The server's copy of the sample treaty, and a client that synced it. */
function serverAndClient(): { server: Y.Doc; client: Y.Doc } {
  const server = new Y.Doc();
  writeTreatyToYDoc(server, sampleTreaty);
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return { server, client };
}

/** The update `change` makes on `doc`. */
function edit(doc: Y.Doc, change: () => void): Uint8Array {
  const before = Y.encodeStateVector(doc);
  doc.transact(change);
  return Y.encodeStateAsUpdate(doc, before);
}

/** Checks `update` against `doc` and applies it when it passes; true when it passed. */
function admit(doc: Y.Doc, update: Uint8Array, introduced = new Set<number>()): boolean {
  try {
    checkApplyBudget(doc, checkUpdateBudget(update), introduced);
  } catch (error) {
    if (error instanceof UpdateTooLargeError || error instanceof ChangesAheadError) return false;
    throw error;
  }
  Y.applyUpdate(doc, update);
  return true;
}

/** `count` one-character items of client `client`, each inserted before the previous one, in root text `root`. */
function reversedChain(client: number, count: number, root: string): Uint8Array {
  const e = encoding.createEncoder();
  for (const value of [1, count, client, 0]) encoding.writeVarUint(e, value);
  for (let i = 0; i < count; i++) {
    if (i === 0) {
      encoding.writeUint8(e, 4); // a string with its parent named
      encoding.writeVarUint(e, 1);
      encoding.writeVarString(e, root);
    } else {
      encoding.writeUint8(e, 4 | 0b0100_0000); // a string with a right origin only
      encoding.writeVarUint(e, client);
      encoding.writeVarUint(e, i - 1);
    }
    encoding.writeVarString(e, 'x');
  }
  encoding.writeVarUint(e, 0);
  return encoding.toUint8Array(e);
}

describe('checkApplyBudget', () => {
  it('admits what editors send: typing, deleting, formatting, pasting articles', () => {
    const { server, client } = serverAndClient();
    const fragment = client.getXmlFragment(TREATY_FRAGMENT);
    const clause = fragment.get(2) as Y.XmlElement;
    const body = (clause.get(0) as Y.XmlElement).get(1) as Y.XmlElement;
    const text = (body.get(0) as Y.XmlElement).get(0) as Y.XmlText;
    for (let i = 0; i < 20; i++)
      expect(
        admit(
          server,
          edit(client, () => text.insert(i, 'k')),
        ),
      ).toBe(true);
    expect(
      admit(
        server,
        edit(client, () => text.delete(0, 5)),
      ),
    ).toBe(true);
    expect(
      admit(
        server,
        edit(client, () => text.format(0, 10, { bold: true })),
      ),
    ).toBe(true);
    const pasted = fragment
      .toArray()
      .slice(2)
      .map((node) => (node as Y.XmlElement).clone());
    expect(
      admit(
        server,
        edit(client, () => fragment.insert(fragment.length, pasted)),
      ),
    ).toBe(true);
    expect(server.getXmlFragment(TREATY_FRAGMENT).toString()).toBe(fragment.toString());
  });

  it('refuses many items crafted to go to one place, and a pile-up over several updates', () => {
    const server = new Y.Doc();
    expect(admit(server, reversedChain(7, 2_000, 'pile'))).toBe(false);
    // Small chains pass until what is already there makes the next one walk too far.
    let admitted = 0;
    for (let client = 100; client < 140; client++)
      if (admit(server, reversedChain(client, 100, 'pile'))) admitted++;
    expect(admitted).toBeGreaterThan(0);
    expect(admitted).toBeLessThan(40);
    // Yjs needs that walk to place them: what was admitted applies in moments.
    const started = performance.now();
    Y.applyUpdate(new Y.Doc(), Y.encodeStateAsUpdate(server));
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("refuses deletions of another client's unknown changes, and more than the limit of its own", () => {
    const server = new Y.Doc();
    const deletes = (ranges: number, client = 4242) => {
      const e = encoding.createEncoder();
      for (const value of [0, 1, client, ranges]) encoding.writeVarUint(e, value);
      for (let i = 0; i < ranges; i++) {
        encoding.writeVarUint(e, i * 2);
        encoding.writeVarUint(e, 1);
      }
      return encoding.toUint8Array(e);
    };
    // Another client's future text cannot be deleted in advance (the sender is told to resync).
    expect(() => checkApplyBudget(server, checkUpdateBudget(deletes(1)), new Set())).toThrow(
      ChangesAheadError,
    );
    expect(admit(server, deletes(1))).toBe(false);
    const own = new Set([4242]);
    expect(admit(server, deletes(Limits.maxUpdatePendingDeletes), own)).toBe(true);
    expect(admit(server, deletes(Limits.maxUpdatePendingDeletes + 1), own)).toBe(false);
  });

  it('refuses deleting live content in more places than the limit, not a whole passage at once', () => {
    const { server, client } = serverAndClient();
    const text = client.getText('notes');
    expect(
      admit(
        server,
        edit(client, () => text.insert(0, 'x'.repeat(10_000))),
      ),
    ).toBe(true);
    const scattered = edit(client, () => {
      for (let at = 2 * Limits.maxUpdateLiveDeletes; at >= 0; at -= 2) text.delete(at, 1);
    });
    expect(checkUpdateBudget(scattered).deleteRanges).toBe(Limits.maxUpdateLiveDeletes + 1);
    expect(admit(server, scattered)).toBe(false);
    // Another editor deletes the whole passage: one range. Deleting deleted content again is cheap.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(server));
    const passage = edit(other, () => other.getText('notes').delete(0, 10_000));
    expect(checkUpdateBudget(passage).deleteRanges).toBe(1);
    expect(admit(server, passage)).toBe(true);
    expect(admit(server, scattered)).toBe(true);
  });

  it('takes a scattered deletion in the parts the browser sends it in', () => {
    const { server, client } = serverAndClient();
    const text = client.getText('notes');
    expect(
      admit(
        server,
        edit(client, () => text.insert(0, 'x'.repeat(10_000))),
      ),
    ).toBe(true);
    const scattered = edit(client, () => {
      for (let at = 3 * Limits.maxUpdateLiveDeletes; at >= 0; at -= 2) text.delete(at, 1);
    });
    expect(admit(server, scattered)).toBe(false);
    const parts = splitDeletions(scattered, Limits.maxUpdateLiveDeletes);
    expect(parts.length).toBe(2);
    for (const part of parts) expect(admit(server, part)).toBe(true);
    expect(server.getText('notes').toString()).toBe(client.getText('notes').toString());
  });

  it('counts deletions of the structs an update brings as live, not as waiting (an offline session)', () => {
    const { server, client } = serverAndClient();
    const text = client.getText('notes');
    const before = Y.encodeStateVector(client);
    // Typed offline, with a correction every other character: many ranges of its own new text.
    text.insert(0, 'x'.repeat(4 * Limits.maxUpdatePendingDeletes));
    for (let at = 3 * Limits.maxUpdatePendingDeletes; at >= 0; at -= 3) text.delete(at, 1);
    const handshake = Y.encodeStateAsUpdate(client, before);
    expect(checkUpdateBudget(handshake).deleteRanges).toBeGreaterThan(Limits.maxUpdatePendingDeletes);
    expect(admit(server, handshake)).toBe(true);
    expect(server.getText('notes').toString()).toBe(text.toString());

    // Past the live limit, the parts pass where the whole is refused.
    const later = Y.encodeStateVector(client);
    text.insert(0, 'y'.repeat(3 * Limits.maxUpdateLiveDeletes));
    for (let at = 2 * Limits.maxUpdateLiveDeletes + 2; at >= 0; at -= 2) text.delete(at, 1);
    const next = Y.encodeStateAsUpdate(client, later);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(server));
    expect(admit(copy, next)).toBe(false);
    for (const part of splitDeletions(next, Limits.maxUpdateLiveDeletes))
      expect(admit(server, part)).toBe(true);
    expect(server.getText('notes').toString()).toBe(text.toString());
  });

  it("refuses items that depend on another client's changes the server never got, not on its own", () => {
    const { server, client } = serverAndClient();
    const text = client.getText('notes');
    const updates: Uint8Array[] = [];
    client.on('update', (update: Uint8Array) => updates.push(update));
    text.insert(0, 'first');
    text.insert(5, ' second');
    const [first, second] = updates as [Uint8Array, Uint8Array];
    // Another client's text attached to the first, which the server has not got.
    const attacker = new Y.Doc();
    Y.applyUpdate(attacker, Y.encodeStateAsUpdate(client));
    const attached = edit(attacker, () => attacker.getText('notes').insert(5, ' EVIL'));
    expect(() => checkApplyBudget(server, checkUpdateBudget(attached), new Set())).toThrow(ChangesAheadError);
    expect(admit(server, attached)).toBe(false);
    // The writer's own second change may wait for its first (a reconnect racing its newest edit).
    expect(admit(server, second)).toBe(true);
    expect(admit(server, first)).toBe(true);
    expect(server.getText('notes').toString()).toBe('first second');
  });

  it(`lets one connection add at most ${Limits.maxNewClientsPerConnection} clients to the document`, () => {
    const { server } = serverAndClient();
    const introduced = new Set<number>();
    const writers = new Map<number, Y.Doc>();
    const writer = (clientID: number) => {
      let doc = writers.get(clientID);
      if (!doc) {
        doc = new Y.Doc();
        doc.clientID = clientID;
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
        writers.set(clientID, doc);
      }
      const page = doc;
      return edit(page, () => page.getMap('clauseDomains').set(`c${clientID}/cyber`, page.clientID));
    };
    for (let i = 1; i <= Limits.maxNewClientsPerConnection; i++)
      expect(admit(server, writer(1000 + i), introduced)).toBe(true);
    expect(admit(server, writer(5000), introduced)).toBe(false);
    // A client the document already has is not new; another connection starts from none.
    expect(admit(server, writer(1001), introduced)).toBe(true);
    expect(admit(server, writer(5000), new Set())).toBe(true);
  });
});
