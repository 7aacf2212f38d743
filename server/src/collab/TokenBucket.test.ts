import { describe, expect, it } from 'vitest';
import { TokenBucket } from './TokenBucket.ts';

describe('TokenBucket', () => {
  it('allows the burst at once, then the rate, and refills only up to the burst', () => {
    let now = 0;
    const bucket = new TokenBucket(10, 5, () => now);
    for (let i = 0; i < 10; i++) expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
    now += 1000;
    for (let i = 0; i < 5; i++) expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
    now += 60_000;
    expect(bucket.take(10)).toBe(true);
    expect(bucket.take()).toBe(false);
  });

  it('takes nothing when a larger amount does not fit', () => {
    let now = 0;
    const bucket = new TokenBucket(100, 10, () => now);
    expect(bucket.take(101)).toBe(false);
    expect(bucket.take(100)).toBe(true);
    now += 500;
    expect(bucket.take(6)).toBe(false);
    expect(bucket.take(5)).toBe(true);
  });
});
