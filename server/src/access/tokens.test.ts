import { describe, expect, it } from 'vitest';
import { newSecret } from './tokens.ts';

describe('newSecret', () => {
  it('makes tokens of at least 128 random bits', () => {
    const samples = Array.from({ length: 4000 }, newSecret);
    const bytes = samples.map((token) => Buffer.from(token, 'base64url'));
    expect(new Set(samples).size).toBe(samples.length);
    for (const [index, token] of samples.entries()) {
      expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(bytes[index]?.toString('base64url')).toBe(token);
    }
    const bits = (bytes[0]?.length ?? 0) * 8;
    expect(bits).toBeGreaterThanOrEqual(128);
    // Every bit position must vary: a constant or biased bit carries no entropy.
    // For a fair bit, 4000 samples stay within 1720..2280 ones (over 8 sigma) for certain.
    let random = 0;
    for (let bit = 0; bit < bits; bit++) {
      const ones = bytes.filter((b) => ((b[bit >> 3] as number) >> (7 - (bit & 7))) & 1).length;
      if (ones > 1720 && ones < 2280) random++;
    }
    expect(random).toBe(bits);
    expect(random).toBeGreaterThanOrEqual(128);
  });
});
