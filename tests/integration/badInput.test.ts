import net from 'node:net';
import { CloseCode, clauseBodyElement, Limits, MessageType } from '@pactum/shared';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { memberOf } from '../helpers/access.ts';
import { getJSON, readTreaty, sampleTreatyId } from '../helpers/api.ts';
import { CollabClient } from '../helpers/CollabClient.ts';
import { openRawSocket } from '../helpers/rawSocket.ts';
import { retry } from '../helpers/retry.ts';
import { startServer } from '../helpers/startServer.ts';

function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** A real update that inserts text into Article 1 of a copy of the document. */
function realUpdate(base: Y.Doc): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(doc);
  const paragraph = clauseBodyElement(doc, 0).get(0) as Y.XmlElement;
  (paragraph.get(0) as Y.XmlText).insert(0, 'INJECTED ');
  return Y.encodeStateAsUpdate(doc, before);
}

/** A V1 update of one client section of `count` structs written by `struct`, and an empty delete set. */
function crafted(client: number, count: number, struct: (encoder: encoding.Encoder, i: number) => void) {
  const encoder = encoding.createEncoder();
  for (const value of [1, count, client, 0]) encoding.writeVarUint(encoder, value);
  for (let i = 0; i < count; i++) struct(encoder, i);
  encoding.writeVarUint(encoder, 0);
  return encoding.toUint8Array(encoder);
}

const hex = (text: string) => new Uint8Array(Buffer.from(text, 'hex'));

describe('bad input on the collaboration socket', () => {
  it('closes only the offending connection, keeps the server up and stores nothing', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const bystander = new CollabClient(server.wsUrl, id);
    await bystander.synced();
    const before = await readTreaty(server.url, id);
    const truncated = updateFrame(realUpdate(bystander.doc)).slice(0, -6);

    const frames: Array<[string, Uint8Array | string, number]> = [
      ['oversized frame', new Uint8Array(Limits.maxMessageBytes + 1024), 1009],
      ['garbage bytes', new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f, 0x01, 0x02]), 4422],
      ['unknown message type', new Uint8Array([42, 0, 0]), 4422],
      ['truncated update', truncated, 4422],
      ['text frame', 'hello', 4422],
      ['empty frame', new Uint8Array(), 4422],
    ];
    for (const [name, frame, code] of frames) {
      const raw = await openRawSocket(`${server.wsUrl}/collab/${id}`);
      raw.ws.send(frame);
      expect({ name, code: (await raw.closed).code }).toEqual({ name, code });
    }

    expect((await getJSON(`${server.url}/api/health`)).status).toBe(200);
    expect(await readTreaty(server.url, id)).toEqual(before);
    // The well-behaved client never noticed and can still save.
    expect(bystander.closes).toEqual([]);
    bystander.bodyText(0).insert(0, 'Still here. ');
    await bystander.allConfirmed();
    expect((await readTreaty(server.url, id)).clauses[0]?.text).toMatch(/^Still here\. /);
    bystander.destroy();
  });

  it('refuses bad treaty ids with 4400 and unknown treaties with 4404', async () => {
    const server = await startServer();
    const cases: Array<[string, number]> = [
      // A bare %2e%2e segment is turned into '..' by any URL parser before it is sent.
      ['%2e%2e%2fdata', 4400],
      ['..%2F..%2Fdata', 4400],
      ['a'.repeat(65), 4400],
      ['%E0%A4%A', 4400],
      ['a%00b', 4400],
      ['t-doesnotexist', 4404],
    ];
    for (const [id, code] of cases) {
      const raw = await openRawSocket(`${server.wsUrl}/collab/${id}`);
      expect({ id, code: (await raw.closed).code }).toEqual({ id, code });
    }
  });

  it('survives upgrade requests with unparsable or foreign paths', async () => {
    const server = await startServer();
    for (const path of ['//[', '/elsewhere', '/collab']) {
      const answer = await rawUpgrade(server.port, path);
      expect({ path, answer: answer.split('\r\n')[0] }).toEqual({ path, answer: 'HTTP/1.1 404 Not Found' });
    }
    expect((await getJSON(`${server.url}/api/health`)).status).toBe(200);
  });

  it('y-websocket clients stop reconnecting after a final refusal', async () => {
    const server = await startServer();
    const client = new CollabClient(server.wsUrl, 't-doesnotexist');
    expect((await client.closedWith()).code).toBe(4404);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(client.closes).toHaveLength(1);
    client.destroy();
  });

  it('ignores awareness updates that claim another client id', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const alice = new CollabClient(server.wsUrl, id, {
      headers: (await memberOf(server, id, 'Alice', 'FR')).headers,
    });
    const mallory = new CollabClient(server.wsUrl, id, {
      headers: (await memberOf(server, id, 'Mallory', 'PL')).headers,
    });
    const observer = new CollabClient(server.wsUrl, id);
    await Promise.all([alice.synced(), mallory.synced(), observer.synced()]);
    alice.provider.awareness.setLocalStateField('user', { name: 'Alice', delegation: 'FR' });
    await retry(() =>
      expect(observer.provider.awareness.getStates().get(alice.doc.clientID)?.user?.name).toBe('Alice'),
    );

    // Mallory sends an awareness update under Alice's client id with a higher clock.
    const forged = new Y.Doc();
    forged.clientID = alice.doc.clientID;
    const { Awareness, encodeAwarenessUpdate } = await import('y-protocols/awareness');
    const fake = new Awareness(forged);
    for (let i = 0; i < 5; i++)
      fake.setLocalStateField('user', { name: 'Alice (forged)', delegation: 'Nowhere' });
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.Awareness);
    encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(fake, [forged.clientID]));
    mallory.provider.ws?.send(encoding.toUint8Array(encoder));
    fake.destroy();

    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(observer.provider.awareness.getStates().get(alice.doc.clientID)?.user?.name).toBe('Alice');
    for (const client of [alice, mallory, observer]) client.destroy();
  });
});

describe('updates that would cost the server more than they are worth', () => {
  it('refuses them with 4413 before applying anything, and the crafted inputs of Yjs issues with 4422', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const member = await memberOf(server, id, 'Mallory', 'PL');
    const bystander = new CollabClient(server.wsUrl, id);
    await bystander.synced();
    const before = await readTreaty(server.url, id);

    // The sender's own client: one struct, and deletions of more of its changes than may wait.
    const deletes = encoding.createEncoder();
    for (const value of [1, 1, 4242, 0]) encoding.writeVarUint(deletes, value);
    encoding.writeUint8(deletes, 0);
    encoding.writeVarUint(deletes, 1);
    for (const value of [1, 4242, Limits.maxUpdatePendingDeletes + 1]) encoding.writeVarUint(deletes, value);
    for (let i = 0; i <= Limits.maxUpdatePendingDeletes; i++) {
      encoding.writeVarUint(deletes, i * 2 + 2);
      encoding.writeVarUint(deletes, 1);
    }
    const withSubdocument = new Y.Doc();
    withSubdocument.getMap('m').set('sub', new Y.Doc());
    const frames: Array<[string, Uint8Array, number]> = [
      [
        // Decoded and integrated one by one, and merged pairwise on the way (yjs#687, yjs#541).
        'more structs than the budget',
        updateFrame(
          crafted(7, Limits.maxUpdateStructs, (e) => {
            encoding.writeUint8(e, 0);
            encoding.writeVarUint(e, 1);
          }),
        ),
        CloseCode.UpdateTooLarge,
      ],
      [
        // Each placed by walking all the others: seconds of the event loop.
        'items piled at one place',
        updateFrame(
          crafted(8, 2_000, (e) => {
            encoding.writeUint8(e, 1);
            encoding.writeVarUint(e, 1);
            encoding.writeVarString(e, 'pile');
            encoding.writeVarUint(e, 1);
          }),
        ),
        CloseCode.UpdateTooLarge,
      ],
      [
        'deletions of more of its own changes than may wait',
        updateFrame(encoding.toUint8Array(deletes)),
        CloseCode.UpdateTooLarge,
      ],
      ['a subdocument', updateFrame(Y.encodeStateAsUpdate(withSubdocument)), CloseCode.UpdateTooLarge],
      [
        'a 33-bit clock',
        updateFrame(
          crafted(9, 1, (e) => {
            encoding.writeUint8(e, 0);
            encoding.writeVarUint(e, 2 ** 33);
          }),
        ),
        CloseCode.UpdateTooLarge,
      ],
      [
        'awareness larger than a caret',
        awarenessFrame(new Uint8Array(Limits.maxAwarenessBytes + 1)),
        CloseCode.MessageTooBig,
      ],
      // yjs#687: loops Y.mergeUpdatesV2; as the V1 update it would arrive as, bytes after its end.
      [
        'yjs#687',
        updateFrame(hex('00010000000001000100010200001602000001fdffffffff7f0000')),
        CloseCode.MalformedMessage,
      ],
      // yjs#479: base64 "garbagedoc" hung Y.applyUpdate; it declares more clients than the budget.
      ['yjs#479', updateFrame(new Uint8Array(Buffer.from('garbagedoc', 'base64'))), CloseCode.UpdateTooLarge],
      // yjs#498: a zero-length update looped in readVarUint.
      ['yjs#498', updateFrame(new Uint8Array()), CloseCode.MalformedMessage],
      ['a declared length of 2^53 - 1', hex('0002ffffffffffffff0f'), CloseCode.MalformedMessage],
    ];
    for (const [name, frame, code] of frames) {
      const raw = await openRawSocket(`${server.wsUrl}/collab/${id}`, member.headers);
      raw.ws.send(frame);
      expect({ name, code: (await raw.closed).code }).toEqual({ name, code });
    }

    expect((await getJSON(`${server.url}/api/health`)).status).toBe(200);
    expect(await readTreaty(server.url, id)).toEqual(before);
    expect(bystander.closes).toEqual([]);
    bystander.destroy();
  });

  it('a change that waits for one the server never got reaches nobody until that one arrives', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const member = await memberOf(server, id, 'Mallory', 'PL');
    const author = new CollabClient(server.wsUrl, id, { headers: member.headers });
    await author.synced();
    // Two changes made offline; only the second is sent, so the server keeps it waiting.
    author.provider.disconnect();
    const updates: Uint8Array[] = [];
    author.doc.on('update', (update: Uint8Array) => updates.push(update));
    author.bodyText(0).insert(0, 'HELD ');
    author.bodyText(0).insert(5, 'WAITING ');
    const [held, waiting] = updates as [Uint8Array, Uint8Array];
    const raw = await openRawSocket(`${server.wsUrl}/collab/${id}`, member.headers);
    raw.ws.send(updateFrame(waiting));

    const reader = new CollabClient(server.wsUrl, id);
    await reader.synced();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(reader.bodyText(0).toString()).not.toContain('WAITING');

    raw.ws.send(updateFrame(held));
    await retry(() => expect(reader.bodyText(0).toString()).toContain('HELD WAITING '));
    raw.ws.close();
    for (const client of [author, reader]) client.destroy();
  });
});

describe("changes that refer to another client's future changes", () => {
  it("cannot delete another client's future text in advance, nor attach to it", async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const victim = new CollabClient(server.wsUrl, id);
    await victim.synced();
    const mallory = await memberOf(server, id, 'Mallory', 'PL');
    const next = Y.getState(victim.doc.store, victim.doc.clientID);
    // Deletes clocks the victim has not used yet: whatever it types next.
    const deletes = encoding.createEncoder();
    for (const value of [0, 1, victim.doc.clientID, 1, next, 1_000]) encoding.writeVarUint(deletes, value);
    const raw = await openRawSocket(`${server.wsUrl}/collab/${id}`, mallory.headers);
    raw.ws.send(updateFrame(encoding.toUint8Array(deletes)));
    // Refused, and told to resync: an editor's own edit may overtake its handshake after a reconnect.
    expect((await raw.closed).code).toBe(CloseCode.Resync);

    // Text placed next to what the victim types next: it would wait, then join the
    // document inside the victim's own update, which the victim is not sent back.
    const attached = encoding.createEncoder();
    for (const value of [1, 1, 999_001, 0]) encoding.writeVarUint(attached, value);
    encoding.writeUint8(attached, 4 | 0b1000_0000); // a string with an origin
    encoding.writeVarUint(attached, victim.doc.clientID);
    encoding.writeVarUint(attached, next);
    encoding.writeVarString(attached, 'EVIL');
    encoding.writeVarUint(attached, 0);
    const raw2 = await openRawSocket(`${server.wsUrl}/collab/${id}`, mallory.headers);
    raw2.ws.send(updateFrame(encoding.toUint8Array(attached)));
    expect((await raw2.closed).code).toBe(CloseCode.Resync);

    victim.bodyText(0).insert(0, 'STILL MINE ');
    await victim.allConfirmed();
    const reader = new CollabClient(server.wsUrl, id);
    await reader.synced();
    expect(reader.bodyText(0).toString()).toMatch(/^STILL MINE /);
    for (const client of [victim, reader]) client.destroy();
  });
});

describe('an editor whose newest edit overtakes its handshake after a reconnect', () => {
  it('is told to resync (4509, not a final code), and its reconnect delivers everything in order', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const member = await memberOf(server, id, 'Ada', 'PL');
    const editor = new CollabClient(server.wsUrl, id, { headers: member.headers });
    await editor.synced();
    editor.provider.disconnect();
    // Typed offline, then partly deleted: the deletion names the editor's own changes the server lacks.
    const updates: Uint8Array[] = [];
    editor.doc.on('update', (update: Uint8Array) => updates.push(update));
    editor.bodyText(0).insert(0, 'KEPT DROPPED ');
    editor.bodyText(0).delete(5, 8);
    const deletion = updates[1] as Uint8Array;
    const raw = await openRawSocket(`${server.wsUrl}/collab/${id}`, member.headers);
    raw.ws.send(updateFrame(deletion));
    const closed = await raw.closed;
    expect(closed.code).toBe(CloseCode.Resync);
    expect(closed.code < 4400 || closed.code >= 4500).toBe(true);

    editor.provider.connect();
    await editor.allConfirmed();
    const reader = new CollabClient(server.wsUrl, id);
    await reader.synced();
    expect(reader.bodyText(0).toString()).toMatch(/^KEPT (?!DROPPED)/);
    expect(reader.bodyText(0).toString()).toBe(editor.bodyText(0).toString());
    for (const client of [editor, reader]) client.destroy();
  });
});

function awarenessFrame(payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Awareness);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** Sends a WebSocket upgrade request for `path` byte for byte and returns what the server answered. */
function rawUpgrade(port: number, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(
        `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
      );
    });
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk;
    });
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}
