import { type AwarenessEntry, decodeAwarenessEntries, encodeAwarenessEntries } from '@pactum/shared';
import pino from 'pino';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { type RedisServer, startRedis } from '../../../../tests/helpers/redis.ts';
import { retry } from '../../../../tests/helpers/retry.ts';
import type { RelayControl, RelayedRoom } from '../Relay.ts';
import { RedisRelay, type RedisRelayOptions } from './RedisRelay.ts';
import { redisKeys } from './redisKeys.ts';

const TREATY = 't-relayed';

/** A room that records what the relay delivers into it. */
class FakeRoom implements RelayedRoom {
  readonly updates: Array<{ bytes: number[]; seq: number }> = [];
  readonly awareness: AwarenessEntry[][] = [];
  heals = 0;
  constructor(private readonly local: Uint8Array | null = null) {}
  applyRemoteUpdate(update: Uint8Array, seq: number): void {
    this.updates.push({ bytes: [...update], seq });
  }
  applyRemoteAwareness(update: Uint8Array): void {
    this.awareness.push(decodeAwarenessEntries(update));
  }
  localAwareness(): Uint8Array | null {
    return this.local;
  }
  async healFromStore(): Promise<void> {
    this.heals++;
  }
}

/** An update's bytes: binary, with a NUL, 0xff and a CR LF, so nothing may treat it as text. */
const update = (n: number) => new Uint8Array([0, 255, 13, 10, n]);
const received = (n: number, seq: number) => ({ bytes: [...update(n)], seq });

const awareness = (clientId: number, clock: number, state: unknown) =>
  encodeAwarenessEntries([{ clientId, clock, state }]);

let redis: RedisServer;
let prefixes = 0;

beforeAll(async () => {
  redis = await startRedis();
});

afterAll(async () => {
  await redis?.stop();
});

/** Two processes ("nodes") relaying through the test's Redis under a prefix of their own. */
async function nodes(options: Partial<RedisRelayOptions> = {}) {
  const prefix = `test${++prefixes}`;
  const connect = async () => {
    const relay = await RedisRelay.connect({
      url: redis.url,
      log: pino({ level: 'silent' }),
      prefix,
      sweepMs: 100,
      blockMs: 250,
      ...options,
    });
    onTestFinished(() => relay.close());
    return relay;
  };
  const raw = createClient({ url: redis.url });
  raw.on('error', () => undefined);
  await raw.connect();
  onTestFinished(() => raw.destroy());
  return { a: await connect(), b: await connect(), raw, keys: redisKeys(prefix) };
}

/** Subscribes and starts a fake room of `treatyId` on `relay`. */
async function join(relay: RedisRelay, treatyId = TREATY, room = new FakeRoom()) {
  const subscription = await relay.subscribe(treatyId);
  await subscription.start(room);
  onTestFinished(() => subscription.stop());
  return room;
}

describe('RedisRelay', () => {
  it('delivers an update published by one node to the other once and in order, and not back to its own', async () => {
    const { a, b } = await nodes();
    const [roomA, roomB] = [await join(a), await join(b)];
    for (const n of [1, 2, 3]) a.publishUpdate(TREATY, update(n), n);
    b.publishUpdate(TREATY, update(9), 9);
    await retry(() => expect(roomB.updates).toHaveLength(3));
    await retry(() => expect(roomA.updates).toHaveLength(1));
    // A later update arriving proves nothing else was on its way before it.
    a.publishUpdate(TREATY, update(4), 4);
    await retry(() => expect(roomB.updates).toHaveLength(4));
    expect(roomB.updates).toEqual([received(1, 1), received(2, 2), received(3, 3), received(4, 4)]);
    expect(roomA.updates).toEqual([received(9, 9)]);
  });

  it('gives a room what was published between its subscription and its start, before start resolves', async () => {
    const { a, b, raw, keys } = await nodes();
    await join(a);
    // Stored before B subscribed: B's store read has it, the relay must not deliver it.
    a.publishUpdate(TREATY, update(1), 1);
    await retry(async () => expect(await raw.xLen(keys.updates(TREATY))).toBe(1));
    const subscription = await b.subscribe(TREATY);
    onTestFinished(() => subscription.stop());
    // Stored after B's subscription and, say, after its store read.
    a.publishUpdate(TREATY, update(2), 2);
    await retry(async () => expect(await raw.xLen(keys.updates(TREATY))).toBe(2));
    const roomB = new FakeRoom();
    await subscription.start(roomB);
    expect(roomB.updates).toEqual([received(2, 2)]);
    expect(roomB.heals).toBe(0);
  });

  it('heals a room that starts after entries it needed were trimmed', async () => {
    const { a, b, raw, keys } = await nodes();
    await join(a);
    const subscription = await b.subscribe(TREATY);
    onTestFinished(() => subscription.stop());
    for (const n of [1, 2]) a.publishUpdate(TREATY, update(n), n);
    await retry(async () => expect(await raw.xLen(keys.updates(TREATY))).toBe(2));
    await raw.xTrim(keys.updates(TREATY), 'MAXLEN', 0);
    const roomB = new FakeRoom();
    await subscription.start(roomB);
    expect(roomB.heals).toBe(1);
    a.publishUpdate(TREATY, update(3), 3);
    await retry(() => expect(roomB.updates).toEqual([received(3, 3)]));
  });

  it('heals a room whose stream was deleted and made again while it loaded', async () => {
    const { a, b, raw, keys } = await nodes();
    await join(a);
    const subscription = await b.subscribe(TREATY);
    onTestFinished(() => subscription.stop());
    a.publishUpdate(TREATY, update(1), 1);
    await retry(async () => expect(await raw.xLen(keys.updates(TREATY))).toBe(1));
    await raw.del(keys.updates(TREATY));
    // A new stream under the same key, as long as the old one: only its epoch tells them apart.
    a.publishUpdate(TREATY, update(2), 2);
    await retry(async () => expect(await raw.xLen(keys.updates(TREATY))).toBe(1));
    const roomB = new FakeRoom();
    await subscription.start(roomB);
    expect(roomB.heals).toBe(1);
  });

  it('heals the rooms of a stream deleted under them, and relays later updates', async () => {
    const { a, b, raw, keys } = await nodes();
    const [roomA, roomB] = [await join(a), await join(b)];
    await raw.del(keys.updates(TREATY));
    await retry(() => expect([roomA.heals, roomB.heals]).toEqual([1, 1]));
    a.publishUpdate(TREATY, update(1), 1);
    await retry(() => expect(roomB.updates).toEqual([received(1, 1)]));
  });

  it('heals every room after Redis restarts, and relays updates again', async () => {
    const { a, b } = await nodes();
    const [roomA, roomB] = [await join(a), await join(b)];
    await redis.restart(async () => {
      // Stored meanwhile, dropped by the relay: the store has it, and the rooms heal from it.
      a.publishUpdate(TREATY, update(1), 1);
    });
    await retry(() => expect(roomA.heals).toBeGreaterThanOrEqual(1), 10_000);
    await retry(() => expect(roomB.heals).toBeGreaterThanOrEqual(1), 10_000);
    await retry(() => expect(a.connected && b.connected).toBe(true), 10_000);
    a.publishUpdate(TREATY, update(2), 2);
    await retry(() => expect(roomB.updates).toEqual([received(2, 2)]));
  });

  it('heals its rooms when its own connection to Redis comes back, though the stream is intact', async () => {
    const { a, b, raw } = await nodes();
    await join(a);
    const roomB = await join(b);
    const reader = (await raw.clientList()).find((client) => client.name === `${b.nodeId}:reader`);
    expect(reader).toBeDefined();
    await raw.clientKill({ filter: 'ID', id: Number(reader?.id) });
    // A process that died while its writes were failing leaves no heal entry: only healing on reconnect finds them.
    await retry(() => expect(roomB.heals).toBe(1), 10_000);
    a.publishUpdate(TREATY, update(1), 1);
    await retry(() => expect(roomB.updates).toEqual([received(1, 1)]));
  });

  it('makes the other nodes heal when it could not publish an update while Redis stayed up for them', async () => {
    const { a, b, raw } = await nodes();
    await join(a);
    const roomB = await join(b);
    const clients = await raw.clientList();
    const command = clients.find((client) => client.name === `${a.nodeId}:command`);
    expect(command).toBeDefined();
    await raw.clientKill({ filter: 'ID', id: Number(command?.id) });
    a.publishUpdate(TREATY, update(1), 1);
    // B never lost Redis: only A's heal entry, written once A is back, can tell it.
    await retry(() => expect(roomB.heals).toBe(1), 10_000);
    expect(roomB.updates).toEqual([]);
  });

  it('coalesces awareness, relays removals, and publishes none for a treaty not started here', async () => {
    const { a, b } = await nodes();
    const roomB = await join(b);
    const elsewhereB = await join(b, 't-elsewhere');
    // A has no room of t-elsewhere: nothing of it may go out.
    a.publishAwareness('t-elsewhere', awareness(5, 1, { cursor: null }));
    await join(a);
    for (let clock = 1; clock <= 10; clock++)
      a.publishAwareness(TREATY, awareness(7, clock, { cursor: null }));
    a.publishAwareness(TREATY, awareness(7, 10, null));
    await retry(() => expect(roomB.awareness.at(-1)).toEqual([{ clientId: 7, clock: 10, state: null }]));
    // The first at once, the other ten as one message at the end of the window.
    expect(roomB.awareness).toEqual([
      [{ clientId: 7, clock: 1, state: { cursor: null } }],
      [{ clientId: 7, clock: 10, state: null }],
    ]);
    // Published before them on the same connection, it would have arrived first.
    expect(elsewhereB.awareness).toEqual([]);
  });

  it('answers a node that just loaded a treaty with the states of its connections', async () => {
    const { a, b } = await nodes();
    await join(a, TREATY, new FakeRoom(awareness(9, 3, { cursor: null })));
    const roomB = await join(b);
    await retry(() =>
      expect(roomB.awareness).toEqual([[{ clientId: 9, clock: 3, state: { cursor: null } }]]),
    );
  });

  it('carries control messages to the other nodes, not back to their own, and skips unreadable ones', async () => {
    const { a, b, raw, keys } = await nodes();
    const heardByA: RelayControl[] = [];
    const heardByB: RelayControl[] = [];
    a.onControl((message) => heardByA.push(message));
    b.onControl((message) => heardByB.push(message));
    const revoke = (memberId: string): RelayControl => ({
      kind: 'disconnectMember',
      treatyId: TREATY,
      memberId,
      code: 4403,
      reason: 'access revoked',
    });
    a.publishControl(revoke('m-1'));
    await raw.xAdd(keys.control, '*', { k: 'c', o: 'node-elsewhere', m: '{"kind":"disconnectMember"}' });
    b.publishControl(revoke('m-2'));
    await retry(() => expect(heardByA).toEqual([revoke('m-2')]));
    await retry(() => expect(heardByB).toEqual([revoke('m-1')]));
  });

  it('starts without Redis, serves rooms at once, and heals them once Redis is there', async () => {
    const { keys } = await nodes();
    let relay: RedisRelay | undefined;
    let room: FakeRoom | undefined;
    await redis.restart(async () => {
      relay = await RedisRelay.connect({
        url: redis.url,
        log: pino({ level: 'silent' }),
        prefix: keys.control.split(':')[0],
        connectTimeoutMs: 100,
        // Were a start to wait for Redis, this test would time out.
        catchUpTimeoutMs: 60_000,
      });
      onTestFinished(() => relay?.close());
      room = await join(relay);
      expect(room.heals).toBe(0);
    });
    await retry(() => expect(room?.heals).toBe(1), 10_000);
  });
});
