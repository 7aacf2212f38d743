import {
  CloseCode,
  Limits,
  MessageType,
  TREATY_FRAGMENT,
  type TreatyDraft,
  writeTreatyToYDoc,
} from '@pactum/shared';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { createInvite, memberOf } from '../helpers/access.ts';
import { createTreaty, sampleTreatyId } from '../helpers/api.ts';
import { CollabClient } from '../helpers/CollabClient.ts';
import { openRawSocket, type RawSocket } from '../helpers/rawSocket.ts';
import { retry } from '../helpers/retry.ts';
import { startServer } from '../helpers/startServer.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Counts the document updates (sync step 2 and update frames) a client's socket sends, and their bytes. */
function meter(client: CollabClient): { messages: number; bytes: number; largest: number } {
  const ws = client.provider.ws as unknown as { send(data: Uint8Array): void };
  const sent = { messages: 0, bytes: 0, largest: 0 };
  const send = ws.send.bind(ws);
  ws.send = (data: Uint8Array) => {
    if (data[0] === 0 && (data[1] === 1 || data[1] === 2)) {
      sent.messages++;
      sent.bytes += data.byteLength;
      sent.largest = Math.max(sent.largest, data.byteLength);
    }
    send(data);
  };
  return sent;
}

/** A treaty of `articles` articles of about 300 words each (500 is the benchmark's large treaty). */
function largeTreaty(articles: number): TreatyDraft {
  const words = [
    'The',
    'Parties',
    'shall',
    'provide',
    'assistance',
    'Сторони',
    'надають',
    'допомогу',
    'within',
    '72',
    'hours',
  ];
  const paragraph = (n: number) =>
    Array.from({ length: 100 }, (_, i) => words[(i * 7 + n) % words.length]).join(' ');
  return {
    title: 'Large treaty',
    preamble: [paragraph(0)],
    clauses: Array.from({ length: articles }, (_, i) => ({
      heading: `Article heading ${i + 1}`,
      paragraphs: [paragraph(i), paragraph(i + 1), paragraph(i + 2)],
    })),
  };
}

describe('limits per connection', () => {
  it('a fast typist and a paste of a whole large treaty stay within the update limits', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const member = await memberOf(server, id, 'Typist', 'FR');
    const typist = new CollabClient(server.wsUrl, id, { headers: member.headers });
    await typist.synced();
    const sent = meter(typist);
    const started = performance.now();

    // 20 keys a second for 3 s, then a burst of key repeat (60 a second for 1 s), then 20 again.
    const text = typist.bodyText(0);
    const type = async (keys: number, perSecond: number) => {
      for (let i = 0; i < keys; i++) {
        text.insert(0, 'k');
        await sleep(1000 / perSecond);
      }
    };
    await type(60, 20);
    await type(60, 60);
    await type(40, 20);
    const typingSeconds = (performance.now() - started) / 1000;
    const typed = { ...sent };

    // A paste of the large benchmark treaty's 500 articles, in one update.
    const source = new Y.Doc();
    writeTreatyToYDoc(source, largeTreaty(500));
    const clauses = source.getXmlFragment(TREATY_FRAGMENT).toArray().slice(2) as Y.XmlElement[];
    const fragment = typist.fragment;
    typist.doc.transact(() =>
      fragment.insert(
        fragment.length,
        clauses.map((clause) => clause.clone()),
      ),
    );
    await typist.allConfirmed(60_000);

    expect(typist.closes).toEqual([]);
    expect(typist.clauseCount()).toBe(512);
    // What it sent: the typing well under the sustained rates, the paste one message well inside the byte burst.
    expect(typed.messages).toBe(160);
    expect(typed.messages / typingSeconds).toBeLessThan(Limits.updateMessagesPerSecond / 2);
    expect(typed.messages).toBeLessThan(Limits.updateBurstMessages);
    expect(typed.bytes / typingSeconds).toBeLessThan(Limits.updateBytesPerSecond / 100);
    expect(sent.messages - typed.messages).toBe(1);
    expect(sent.largest).toBeGreaterThan(1_000_000);
    expect(sent.largest).toBeLessThan(Limits.updateBurstBytes / 2);
    typist.destroy();
  }, 120_000);

  it('closes a connection that sends updates faster than any editor with 4429', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const member = await memberOf(server, id, 'Flooder', 'PL');
    const flooder = new CollabClient(server.wsUrl, id, { headers: member.headers });
    await flooder.synced();
    const text = flooder.bodyText(1);
    for (let i = 0; i < Limits.updateBurstMessages + 100; i++) text.insert(0, 'f');
    expect(await flooder.closedWith(10_000)).toMatchObject({ code: CloseCode.TooManyUpdates });

    // By bytes: updates of 3 MiB each, the third past the byte burst.
    const raw = await openRawSocket(`${server.wsUrl}/collab/${id}`, member.headers);
    const fork = new Y.Doc();
    Y.applyUpdate(fork, Y.encodeStateAsUpdate(flooder.doc));
    const junk = fork.getMap('junk');
    const frames: Uint8Array[] = [];
    fork.on('update', (update: Uint8Array) => frames.push(updateFrame(update)));
    for (let i = 0; i < 3; i++) junk.set(`k${i}`, 'x'.repeat(3 * 1024 * 1024));
    for (const frame of frames) raw.ws.send(frame);
    expect((await raw.closed).code).toBe(CloseCode.TooManyUpdates);
    // The well-behaved are unaffected.
    const bystander = new CollabClient(server.wsUrl, id);
    await bystander.synced();
    bystander.bodyText(2).insert(0, 'fine ');
    await bystander.allConfirmed();
    for (const client of [flooder, bystander]) client.destroy();
  }, 60_000);
});

describe('limits per caller', () => {
  it(`caps a session at ${Limits.maxSocketsPerSession} sockets with 4430 and frees a place when one closes`, async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const member = await memberOf(server, id, 'Tabs', 'FR');
    const url = `${server.wsUrl}/collab/${id}`;
    const open: RawSocket[] = [];
    for (let i = 0; i < Limits.maxSocketsPerSession; i++) {
      const socket = await openRawSocket(url, member.headers);
      await socket.firstMessage;
      open.push(socket);
    }
    const refused = await openRawSocket(url, member.headers);
    expect((await refused.closed).code).toBe(CloseCode.TooManySockets);
    // Another member, and the operator, are counted apart.
    const other = await memberOf(server, id, 'Other', 'PL');
    const otherSocket = await openRawSocket(url, other.headers);
    await otherSocket.firstMessage;

    open[0]?.ws.close();
    await open[0]?.closed;
    await retry(async () => {
      const again = await openRawSocket(url, member.headers);
      await Promise.race([
        again.firstMessage,
        again.closed.then(({ code }) => {
          throw new Error(`closed with ${code}`);
        }),
      ]);
      open.push(again);
    });
    for (const socket of [...open, otherSocket]) socket.ws.close();
  });

  it(`caps a session at ${Limits.maxRoomsPerSession} open treaties with 4431, not more sockets on an open one`, async () => {
    const server = await startServer();
    const ids = [await sampleTreatyId(server.url)];
    for (let i = 1; i <= Limits.maxRoomsPerSession; i++)
      ids.push((await createTreaty(server.url, `Treaty ${i}`)).id);
    // One person, member of every treaty: each invite accepted in the same browser.
    let cookie = '';
    for (const id of ids) {
      // Observers: a new treaty has no parties yet to draft for.
      const invite = await createInvite(server, id, { delegation: 'FR', role: 'observer' });
      const response = await fetch(`${server.url}/api/invites/${invite.token}/accept`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ displayName: 'Secretariat' }),
      });
      expect(response.status).toBe(200);
      cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] || cookie;
    }
    const socketTo = (id: string) => openRawSocket(`${server.wsUrl}/collab/${id}`, { cookie });
    const open: RawSocket[] = [];
    for (const id of ids.slice(0, Limits.maxRoomsPerSession)) {
      const socket = await socketTo(id);
      await socket.firstMessage;
      open.push(socket);
    }
    const last = ids[Limits.maxRoomsPerSession] as string;
    const refused = await socketTo(last);
    expect((await refused.closed).code).toBe(CloseCode.TooManyRooms);
    // A second tab on a treaty already open is fine.
    const secondTab = await socketTo(ids[0] as string);
    await secondTab.firstMessage;

    open[1]?.ws.close();
    await open[1]?.closed;
    await retry(async () => {
      const now = await socketTo(last);
      await Promise.race([
        now.firstMessage,
        now.closed.then(({ code }) => {
          throw new Error(`closed with ${code}`);
        }),
      ]);
      open.push(now);
    });
    for (const socket of [...open, secondTab]) socket.ws.close();
  }, 60_000);
});

function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}
