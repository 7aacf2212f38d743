import net from 'node:net';
import { plainAddress } from './ProxyTrust.ts';

const WINDOW_MS = 10 * 60_000;
const MAX_TRACKED = 50_000;

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Wrong credentials (invite tokens, session cookies, admin tokens) per client
 * address, as a token bucket: `limit` of them at once, then one more every
 * `10 min / limit`. While an address has none left, every credential it
 * presents is refused unchecked, right or wrong, so a guess learns nothing.
 * An IPv6 client is counted by its /64, which one machine usually owns whole.
 */
export class GuessLimiter {
  readonly #buckets = new Map<string, Bucket>();
  readonly #refillMs: number;

  constructor(
    private readonly limit: number,
    private readonly now: () => number = Date.now,
  ) {
    this.#refillMs = WINDOW_MS / limit;
  }

  /** Milliseconds until `address` may present a credential again; 0 when it may now. */
  waitMs(address: string): number {
    const tokens = this.#tokens(guessKey(address));
    return tokens >= 1 ? 0 : Math.ceil((1 - tokens) * this.#refillMs);
  }

  /** Addresses (or IPv6 /64s) with failures not yet refilled, at most 50,000. */
  get tracked(): number {
    return this.#buckets.size;
  }

  /** Counts a wrong credential from `address`. */
  failed(address: string): void {
    const key = guessKey(address);
    const tokens = this.#tokens(key);
    this.#buckets.delete(key);
    this.#buckets.set(key, { tokens: Math.max(0, tokens - 1), at: this.now() });
    if (this.#buckets.size > MAX_TRACKED) this.#prune();
  }

  #tokens(key: string): number {
    const bucket = this.#buckets.get(key);
    if (!bucket) return this.limit;
    return Math.min(this.limit, bucket.tokens + (this.now() - bucket.at) / this.#refillMs);
  }

  /** Drops full buckets; if that is not enough, the least recently failed ones. */
  #prune(): void {
    for (const [key] of this.#buckets) {
      if (this.#tokens(key) >= this.limit) this.#buckets.delete(key);
    }
    for (const [key] of this.#buckets) {
      if (this.#buckets.size <= MAX_TRACKED * 0.9) break;
      this.#buckets.delete(key);
    }
  }
}

/** The key an address is counted under: itself for IPv4, its /64 for IPv6. */
export function guessKey(address: string): string {
  const plain = plainAddress(address);
  if (net.isIP(plain) !== 6) return plain;
  const [head = '', tail = ''] = plain.split('::');
  const left = head === '' ? [] : head.split(':');
  // An embedded IPv4 (`64:ff9b::1.2.3.4`) fills the last two groups, all in the host half.
  const right = (tail === '' ? [] : tail.split(':')).flatMap((group) =>
    group.includes('.') ? ['0', '0'] : [group],
  );
  const groups = plain.includes('::')
    ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => Number.parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}
