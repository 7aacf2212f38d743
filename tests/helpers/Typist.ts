import type { CollabClient } from './CollabClient.ts';

interface Typed {
  token: string;
  /** The client's change number of the edit that typed it: confirmed once the server confirmed that far. */
  seq: number;
}

/**
 * Types unique tokens (`«name.n»`) at the end of one clause of a client's
 * copy, and knows which of them the server has confirmed stored.
 */
export class Typist {
  readonly #typed: Typed[] = [];
  #timer: NodeJS.Timeout | undefined;

  constructor(
    readonly client: CollabClient,
    readonly name: string,
    /** The clause it types into (0-based). */
    readonly clause: number,
  ) {}

  type(): string {
    const token = `«${this.name}.${this.#typed.length + 1}»`;
    const text = this.client.bodyText(this.clause);
    text.insert(text.length, `${token} `);
    this.#typed.push({ token, seq: this.client.changeSeq() });
    return token;
  }

  /** Types one token every `intervalMs` until stop(). */
  start(intervalMs: number): void {
    this.stop();
    // Unref'd: a test that fails before stop() leaves nothing holding the runner.
    this.#timer = setInterval(() => this.type(), intervalMs).unref();
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  /** Every token typed so far. */
  typed(): string[] {
    return this.#typed.map(({ token }) => token);
  }

  /** The tokens whose edit the server has confirmed stored. */
  confirmed(): string[] {
    return this.#typed.filter(({ seq }) => seq <= this.client.confirmedSeq).map(({ token }) => token);
  }

  /** The tokens not yet confirmed. */
  unconfirmed(): string[] {
    return this.#typed.filter(({ seq }) => seq > this.client.confirmedSeq).map(({ token }) => token);
  }
}

/** The tokens of `tokens` that `text` does not hold exactly once. */
export function notOnceIn(text: string, tokens: readonly string[]): string[] {
  return tokens.filter((token) => text.split(token).length !== 2);
}
