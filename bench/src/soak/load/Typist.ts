import * as prng from 'lib0/prng';
import * as Y from 'yjs';
import { LoadClient } from '../../fanout/LoadClient.ts';
import { typingTarget } from '../../fanout/typingTarget.ts';
import type { EditLatency } from './EditLatency.ts';

const KEYS = 'treaty text, the Parties shall ';

/**
 * One person editing for the whole run: a character every 300–700 ms into
 * a paragraph of their treaty, at a random place. Once the paragraph has
 * grown by `maxGrowth` characters they delete as much as they type, so the
 * document keeps a steady size and memory growth means a leak, not text.
 */
export class Typist {
  readonly client: LoadClient;
  edits = 0;
  #target: Y.XmlText | null = null;
  #limit = 0;
  #timer: NodeJS.Timeout | null = null;

  constructor(
    index: number,
    url: string,
    headers: Record<string, string>,
    private readonly latency: EditLatency,
    private readonly gen: prng.PRNG,
    private readonly maxGrowth = 200,
  ) {
    this.client = new LoadClient(index, { url, headers, barriers: true, onApplied: () => {} });
  }

  /** Connected and synced: picks its paragraph and registers with the latency meter. */
  async ready(): Promise<void> {
    await this.client.opened;
    await this.client.roundTrip();
    this.client.startTyping();
    const target = typingTarget(this.client.doc, this.client.index);
    this.#target = target;
    this.#limit = target.length + this.maxGrowth;
    const { doc } = this.client;
    this.latency.register(doc.clientID, Y.getState(doc.store, doc.clientID));
  }

  start(): void {
    const tick = () => {
      this.#step();
      this.#timer = setTimeout(tick, prng.uint32(this.gen, 300, 700));
    };
    this.#timer = setTimeout(tick, prng.uint32(this.gen, 0, 700));
  }

  stop(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }

  #step(): void {
    const target = this.#target;
    if (!target) return;
    const { doc } = this.client;
    if (target.length >= this.#limit && prng.bool(this.gen)) {
      target.delete(prng.uint32(this.gen, 0, target.length - 1), 1);
    } else {
      const clock = Y.getState(doc.store, doc.clientID);
      const key = KEYS[prng.uint32(this.gen, 0, KEYS.length - 1)] as string;
      target.insert(prng.uint32(this.gen, 0, target.length), key);
      this.latency.sent(doc.clientID, clock, performance.now());
    }
    this.edits++;
  }
}
