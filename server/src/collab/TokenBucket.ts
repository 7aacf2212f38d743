/**
 * Allows `burst` units at once and `perSecond` units per second after that.
 * Taking more than is left takes nothing and answers false.
 */
export class TokenBucket {
  #tokens: number;
  #refilledAt: number;

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.#tokens = burst;
    this.#refilledAt = now();
  }

  take(units = 1): boolean {
    const now = this.now();
    this.#tokens = Math.min(this.burst, this.#tokens + ((now - this.#refilledAt) / 1000) * this.perSecond);
    this.#refilledAt = now;
    if (this.#tokens < units) return false;
    this.#tokens -= units;
    return true;
  }
}
