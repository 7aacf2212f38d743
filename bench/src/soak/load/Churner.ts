import * as prng from 'lib0/prng';
import { LoadClient } from '../../fanout/LoadClient.ts';
import { typingTarget } from '../../fanout/typingTarget.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Rejects if `promise` takes longer than `ms`, naming `what`. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Someone who keeps dropping in: opens the treaty, syncs, stays 1–4 s,
 * leaves — half the time with a closing handshake, half the time by
 * dropping the TCP connection — and comes back 0.5–2 s later, until told
 * to stop. In a treaty no one else edits (`writes`), half the visits type a
 * few characters at the end of a paragraph and delete them again, so each
 * unload has something to commit and compact.
 */
export class Churner {
  joins = 0;
  readonly failures: string[] = [];
  #stopped = false;
  #done: Promise<void> = Promise.resolve();

  constructor(
    private readonly index: number,
    private readonly url: string,
    private readonly headers: Record<string, string>,
    private readonly gen: prng.PRNG,
    private readonly writes: boolean,
  ) {}

  start(): void {
    this.#done = this.#loop();
  }

  /** Stops after the current visit; resolves once this churner has left. */
  stop(): Promise<void> {
    this.#stopped = true;
    return this.#done;
  }

  async #loop(): Promise<void> {
    while (!this.#stopped) {
      const client = new LoadClient(this.index, {
        url: this.url,
        headers: this.headers,
        barriers: true,
        onApplied: () => {},
      });
      try {
        await within(client.opened, 10_000, 'opening the socket');
        await within(client.roundTrip(), 10_000, 'the first sync');
        this.joins++;
        if (this.writes && prng.bool(this.gen)) {
          client.startTyping();
          const target = typingTarget(client.doc, this.index);
          const typed = prng.uint32(this.gen, 1, 5);
          target.insert(target.length, '·'.repeat(typed));
          target.delete(target.length - typed, typed);
        }
        await sleep(prng.uint32(this.gen, 1_000, 4_000));
      } catch (error) {
        this.failures.push(`churner ${this.index}: ${(error as Error).message}`);
      }
      if (prng.bool(this.gen)) {
        client.socket.close(1000);
        client.doc.destroy();
      } else {
        client.close();
      }
      if (!this.#stopped) await sleep(prng.uint32(this.gen, 500, 2_000));
    }
  }
}
