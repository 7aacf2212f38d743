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
 * Someone who keeps dropping in: opens the treaty, syncs, stays 1–4 s
 * (half the time changing a few characters), leaves — half the time with a closing
 * handshake, half the time by dropping the TCP connection — and comes back
 * 0.5–2 s later, until told to stop.
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
        if (prng.bool(this.gen)) {
          client.startTyping();
          const target = typingTarget(client.doc, this.index);
          // As much deleted as typed, so visits do not grow the treaty over a long run.
          for (let typed = prng.uint32(this.gen, 1, 3); typed > 0; typed--) {
            target.insert(prng.uint32(this.gen, 0, target.length), '·');
            target.delete(prng.uint32(this.gen, 0, target.length - 1), 1);
          }
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
