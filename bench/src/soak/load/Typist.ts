import * as prng from 'lib0/prng';
import * as Y from 'yjs';
import { LoadClient } from '../../fanout/LoadClient.ts';
import { typingTarget } from '../../fanout/typingTarget.ts';
import type { EditLatency } from './EditLatency.ts';

const KEYS = 'treaty text, the Parties shall ';
/** Characters a typist selects and deletes at once when the paragraph has grown enough. */
const CUT = 60;

/**
 * One person editing for the whole run, as people type: a character every
 * 300–700 ms at their caret, now and then a backspace or a click elsewhere
 * in the paragraph. Once the paragraph has grown by `maxGrowth` characters
 * they select what they just wrote and delete it, so the treaty keeps a
 * steady size and Yjs keeps few tombstones (typing at a caret merges into
 * one item per run): memory that grows over the run is the server's, not
 * the text's.
 */
export class Typist {
  readonly client: LoadClient;
  edits = 0;
  #target: Y.XmlText | null = null;
  #caret = 0;
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
    this.#caret = target.length;
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
    // Others' edits may have shortened the paragraph under the caret.
    this.#caret = Math.min(this.#caret, target.length);
    const roll = prng.uint32(this.gen, 0, 99);
    if (target.length >= this.#limit) {
      const from = Math.max(0, this.#caret - CUT);
      target.delete(from, this.#caret - from);
      this.#caret = from;
      if (target.length >= this.#limit) this.#caret = target.length;
    } else if (roll < 3) {
      this.#caret = prng.uint32(this.gen, 0, target.length);
      return;
    } else if (roll < 8 && this.#caret > 0) {
      target.delete(this.#caret - 1, 1);
      this.#caret--;
    } else {
      const clock = Y.getState(doc.store, doc.clientID);
      target.insert(this.#caret, KEYS[prng.uint32(this.gen, 0, KEYS.length - 1)] as string);
      this.#caret++;
      this.latency.sent(doc.clientID, clock, performance.now());
    }
    this.edits++;
  }
}
