import type { Logger } from 'pino';

/**
 * What one connection had refused, for the log: the first refusal of each
 * kind is logged when it happens, with its details; repeats are only counted
 * and reported in one line per kind when the connection ends. A hostile or
 * broken client sending thousands of bad frames costs a few lines, not
 * thousands.
 */
export class RejectionLog {
  readonly #counts = new Map<string, number>();

  constructor(
    private readonly log: Logger,
    private readonly context: Record<string, unknown>,
  ) {}

  /** Records one refusal of kind `message` (a fixed sentence); returns how many of that kind so far. */
  note(message: string, details: Record<string, unknown> = {}): number {
    const count = (this.#counts.get(message) ?? 0) + 1;
    this.#counts.set(message, count);
    if (count === 1) this.log.warn({ ...this.context, ...details }, message);
    return count;
  }

  count(message: string): number {
    return this.#counts.get(message) ?? 0;
  }

  /** One line per kind that repeated, with its count. */
  close(): void {
    for (const [message, count] of this.#counts) {
      if (count > 1)
        this.log.warn({ ...this.context, count }, `${message} (${count} times on this connection)`);
    }
    this.#counts.clear();
  }
}
