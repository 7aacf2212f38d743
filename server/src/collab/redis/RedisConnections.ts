import type { Logger } from 'pino';
import { createClient } from 'redis';

export type RedisClient = ReturnType<typeof createClient>;

export type ConnectionName = 'command' | 'reader' | 'subscriber';

/**
 * The relay's three connections to one Redis: commands (publishing), a reader
 * that blocks on streams, and pub/sub. Each reconnects by itself; while one
 * is away its commands fail at once instead of queueing. An outage is logged
 * when it begins and when it ends, with the server's address only (the URL
 * may hold a password).
 */
export class RedisConnections {
  readonly command: RedisClient;
  readonly reader: RedisClient;
  readonly subscriber: RedisClient;
  readonly #server: string;
  #down = false;
  #everReady = false;
  #closed = false;

  constructor(
    url: string,
    /** Names the connections in Redis's CLIENT LIST, e.g. the process's id. */
    name: string,
    private readonly log: Logger,
    /** Called whenever a connection is ready: `again` when it was ready before (a reconnect). */
    ready: (name: ConnectionName, again: boolean) => void,
  ) {
    this.#server = new URL(url).host;
    this.command = createClient({
      url,
      name: `${name}:command`,
      disableOfflineQueue: true,
      socket: { reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000) },
    });
    this.reader = this.command.duplicate({ name: `${name}:reader` });
    this.subscriber = this.command.duplicate({ name: `${name}:subscriber` });
    for (const [name, client] of this.#named()) {
      let readyBefore = false;
      // Without a listener, an error event would end the process.
      client.on('error', (error: Error) => this.#lost(error));
      client.on('ready', () => {
        ready(name, readyBefore);
        readyBefore = true;
        this.#everReady = true;
        if (this.#down && this.connected) {
          this.#down = false;
          this.log.info({ redis: this.#server }, 'reconnected to Redis; rooms heal from the store');
        }
      });
    }
  }

  get connected(): boolean {
    return this.command.isReady && this.reader.isReady && this.subscriber.isReady;
  }

  /** Resolves once all three are connected, or after `timeoutMs` (they go on trying). */
  async connect(timeoutMs: number): Promise<void> {
    // connect() settles only once connected (or closed first): it retries by itself meanwhile.
    for (const [, client] of this.#named()) client.connect().catch(() => undefined);
    const deadline = Date.now() + timeoutMs;
    while (!this.connected && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    if (!this.connected) {
      this.#down = true;
      this.log.warn(
        { redis: this.#server },
        'cannot reach Redis yet: serving this process’s clients only until it can',
      );
    }
  }

  async close(): Promise<void> {
    this.#closed = true;
    // The reader may be blocked on a read: it is cut off, not waited for.
    this.reader.destroy();
    await Promise.all(
      [this.command, this.subscriber].map(async (client) => {
        if (!client.isReady) return client.destroy();
        await client.close().catch(() => client.destroy());
      }),
    );
  }

  #named(): Array<[ConnectionName, RedisClient]> {
    return [
      ['command', this.command],
      ['reader', this.reader],
      ['subscriber', this.subscriber],
    ];
  }

  #lost(error: Error): void {
    // Before Redis was ever reached, connect() says so once.
    if (this.#down || this.#closed || !this.#everReady) return;
    this.#down = true;
    this.log.warn(
      { redis: this.#server, err: error.message },
      'lost the connection to Redis: edits are stored and served here, and relayed again once it is back',
    );
  }
}
