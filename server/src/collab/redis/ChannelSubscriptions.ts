import type { RedisClient } from './RedisConnections.ts';

/**
 * The pub/sub channels this process wants, kept subscribed: node-redis
 * subscribes again after a reconnect only to channels whose subscription
 * succeeded, so the others are asked for again whenever the connection is
 * ready. One listener serves them all (node-redis counts a listener once).
 */
export class ChannelSubscriptions {
  readonly #wanted = new Set<string>();
  readonly #listener: (message: Buffer, channel: Buffer) => void;

  constructor(
    private readonly client: RedisClient,
    deliver: (channel: string, message: Buffer) => void,
  ) {
    this.#listener = (message, channel) => deliver(channel.toString(), message);
  }

  /** Resolves true once subscribed, false when Redis is away (then it subscribes when it is back). */
  join(channel: string): Promise<boolean> {
    this.#wanted.add(channel);
    return this.#subscribe(channel);
  }

  leave(channel: string): void {
    this.#wanted.delete(channel);
    if (this.client.isReady) this.client.unsubscribe(channel).catch(() => undefined);
  }

  /** The connection is ready (again). */
  ready(): void {
    for (const channel of this.#wanted) void this.#subscribe(channel);
  }

  async #subscribe(channel: string): Promise<boolean> {
    if (!this.client.isReady) return false;
    try {
      await this.client.subscribe(channel, this.#listener, true);
      return this.#wanted.has(channel);
    } catch {
      return false;
    }
  }
}
