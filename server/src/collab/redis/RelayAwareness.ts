import type { Logger } from 'pino';
import type { RelayedRoom } from '../Relay.ts';
import { AwarenessThrottle } from './AwarenessThrottle.ts';
import { type AwarenessMessage, decodeAwarenessMessage, encodeAwarenessMessage } from './awarenessMessage.ts';
import { ChannelSubscriptions } from './ChannelSubscriptions.ts';
import type { RedisClient } from './RedisConnections.ts';

/**
 * Awareness between processes, over one pub/sub channel per treaty: it is
 * ephemeral (a lost state is replaced by the next; clients renew theirs every
 * 15 s and a room times out a state not renewed), so nothing is stored or
 * retried. Only rooms started in this process publish, coalesced per treaty;
 * a room that starts asks the others for their connections' states.
 */
export class RelayAwareness {
  readonly #rooms = new Map<string, { treatyId: string; room: RelayedRoom }>();
  readonly #throttle: AwarenessThrottle;
  readonly #channels: ChannelSubscriptions;

  constructor(
    private readonly publisher: RedisClient,
    subscriber: RedisClient,
    private readonly channelOf: (treatyId: string) => string,
    private readonly nodeId: string,
    windowMs: number,
    private readonly log: Logger,
  ) {
    this.#throttle = new AwarenessThrottle(windowMs, (treatyId, update) =>
      this.#send(treatyId, { kind: 'update', origin: nodeId, update }),
    );
    this.#channels = new ChannelSubscriptions(subscriber, (channel, data) => this.#receive(channel, data));
  }

  join(treatyId: string, room: RelayedRoom): void {
    const channel = this.channelOf(treatyId);
    this.#rooms.set(channel, { treatyId, room });
    void this.#channels.join(channel).then((joined) => {
      // The others' answer arrives over the channel, now that it is subscribed.
      if (joined && this.#rooms.get(channel)?.room === room) {
        this.#send(treatyId, { kind: 'query', origin: this.nodeId });
      }
    });
  }

  /** The room closed: what waits for it goes out now (its last connection's removal among it). */
  leave(treatyId: string, room: RelayedRoom): void {
    const channel = this.channelOf(treatyId);
    if (this.#rooms.get(channel)?.room !== room) return;
    this.#rooms.delete(channel);
    this.#throttle.flush(treatyId);
    this.#channels.leave(channel);
  }

  publish(treatyId: string, update: Uint8Array): void {
    // Only a room started here has connections here.
    if (!this.#rooms.has(this.channelOf(treatyId))) return;
    try {
      this.#throttle.push(treatyId, update);
    } catch (error) {
      this.log.warn({ err: error, treatyId }, 'did not relay an awareness update it cannot read');
    }
  }

  /** The subscriber connection is ready (again). */
  ready(): void {
    this.#channels.ready();
  }

  flushAll(): void {
    this.#throttle.flushAll();
  }

  #send(treatyId: string, message: AwarenessMessage): void {
    if (!this.publisher.isReady) return;
    this.publisher.publish(this.channelOf(treatyId), encodeAwarenessMessage(message)).catch(() => undefined);
  }

  #receive(channel: string, data: Buffer): void {
    let message: AwarenessMessage;
    try {
      message = decodeAwarenessMessage(data);
    } catch {
      this.log.warn({ channel }, 'skipped an awareness message it cannot read');
      return;
    }
    const target = this.#rooms.get(channel);
    if (message.origin === this.nodeId || !target) return;
    try {
      if (message.kind === 'update') {
        target.room.applyRemoteAwareness(message.update);
        return;
      }
      const states = target.room.localAwareness();
      if (states) this.#throttle.push(target.treatyId, states);
    } catch (error) {
      this.log.warn({ err: error, treatyId: target.treatyId }, 'could not apply a relayed awareness update');
    }
  }
}
