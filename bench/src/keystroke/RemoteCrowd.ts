import { TREATY_FRAGMENT, treatyNodeFromFragment } from '@pactum/shared';
import * as prng from 'lib0/prng';
import { RemoteClient } from './RemoteClient.ts';
import { inviteDrafters, joinAs, PARTIES } from './seedTreaty.ts';
import type { PactumProcess } from './startPactum.ts';

const TYPED = 'remote words arrive here while the drafter reads ';

/**
 * The other delegates of a negotiating round, as Node y-websocket clients:
 * `carets` readers whose carets move a few times per second (a few near the
 * article being typed in, the rest spread over the treaty) and one typist,
 * the only one that keeps a copy of the treaty.
 */
export class RemoteCrowd {
  readonly #gen = prng.create(42);
  #timer: ReturnType<typeof setInterval> | undefined;
  #typed = 0;

  private constructor(
    readonly carets: RemoteClient[],
    readonly typist: RemoteClient,
    readonly clauses: number,
    readonly focus: number,
  ) {}

  static async join(server: PactumProcess, treatyId: string, carets: number, clauses: number, focus: number) {
    const invites = await Promise.all(PARTIES.map((party) => inviteDrafters(server, treatyId, party.code)));
    const connect = async (i: number, keepsDocument: boolean) => {
      const invite = invites[i % invites.length] as (typeof invites)[number];
      const cookie = await joinAs(server, invite.token, `Delegate ${i + 1}`);
      return new RemoteClient(server.wsUrl, treatyId, cookie, { keepsDocument });
    };
    // Each Node y-websocket provider listens for the process's exit.
    process.setMaxListeners(Math.max(process.getMaxListeners(), carets + 11));
    const typist = await connect(carets, true);
    const readers = await Promise.all(Array.from({ length: carets }, (_, i) => connect(i, false)));
    await typist.synced();
    await Promise.all(readers.map((reader) => reader.connected()));
    return new RemoteCrowd(readers, typist, clauses, focus);
  }

  /** The treaty as ProseMirror JSON, exactly as the server holds it (for the plain editor). */
  documentJSON(): unknown {
    const fragment = this.typist.doc.getXmlFragment(TREATY_FRAGMENT);
    return treatyNodeFromFragment(fragment).toJSON();
  }

  #home(i: number): number {
    // The first five read around the article being typed in; the others anywhere.
    if (i < 5) return Math.min(this.clauses - 1, Math.max(0, this.focus - 2 + i));
    return Math.floor(((i - 5 + 0.5) * this.clauses) / Math.max(1, this.carets.length - 5));
  }

  /** Every caret moves `perSecond` times a second on average, now and then selecting a few words. */
  startCarets(perSecond = 3): void {
    const tickMs = 50;
    // Positions come from the typist's synced copy; the readers keep none.
    const text = (i: number) => this.typist.bodyText(this.#home(i));
    this.carets.forEach((client, i) => {
      client.moveCaret(text(i), prng.uint32(this.#gen, 0, 400));
    });
    this.#timer = setInterval(() => {
      this.carets.forEach((client, i) => {
        if (prng.real53(this.#gen) > (perSecond * tickMs) / 1000) return;
        const selection = prng.real53(this.#gen) < 0.2 ? prng.uint32(this.#gen, 3, 30) : 0;
        client.moveCaret(text(i), prng.uint32(this.#gen, 0, 400), selection);
      });
    }, tickMs);
  }

  stopCarets(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  /**
   * The typist types `count` characters at `rate` updates per second into the
   * article after the focus, each its own update; resolves with the time the last one was sent.
   */
  typeBurst(count: number, rate: number): Promise<{ lastSentAt: number; tail: string }> {
    const clause = Math.min(this.clauses - 1, this.focus + 1);
    const text = this.typist.bodyText(clause);
    const start = Math.min(40, text.length);
    let typed = '';
    return new Promise((resolve) => {
      const started = performance.now();
      const tick = () => {
        const due = Math.min(count, Math.floor(((performance.now() - started) * rate) / 1000) + 1);
        while (typed.length < due) {
          const char = TYPED[this.#typed++ % TYPED.length] as string;
          this.typist.type(clause, start + typed.length, char);
          typed += char;
          if (typed.length % 10 === 0) this.typist.moveCaret(text, start + typed.length);
        }
        if (typed.length < count) setTimeout(tick, 2);
        else resolve({ lastSentAt: Date.now(), tail: typed.slice(-24) });
      };
      tick();
    });
  }

  destroy(): void {
    this.stopCarets();
    for (const client of [...this.carets, this.typist]) client.destroy();
  }
}
