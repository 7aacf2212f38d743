import { describe, expect, it } from 'vitest';
import { GuessLimiter, guessKey } from './GuessLimiter.ts';

describe('GuessLimiter', () => {
  it('allows `limit` wrong credentials at once, then one more per 10 min / limit', () => {
    let now = 0;
    const limiter = new GuessLimiter(5, () => now);
    for (let i = 0; i < 5; i++) {
      expect(limiter.waitMs('203.0.113.7')).toBe(0);
      limiter.failed('203.0.113.7');
    }
    expect(limiter.waitMs('203.0.113.7')).toBe(120_000);
    expect(limiter.waitMs('203.0.113.8')).toBe(0);
    now += 60_000;
    expect(limiter.waitMs('203.0.113.7')).toBe(60_000);
    now += 60_000;
    expect(limiter.waitMs('203.0.113.7')).toBe(0);
    limiter.failed('203.0.113.7');
    expect(limiter.waitMs('203.0.113.7')).toBe(120_000);
    now += 10 * 60_000;
    for (let i = 0; i < 5; i++) limiter.failed('203.0.113.7');
    expect(limiter.waitMs('203.0.113.7')).toBeGreaterThan(0);
  });

  it('counts an IPv6 client by its /64 and an IPv4-mapped one as IPv4', () => {
    const limiter = new GuessLimiter(1);
    limiter.failed('2001:db8:1:2:aaaa::1');
    expect(limiter.waitMs('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBeGreaterThan(0);
    expect(limiter.waitMs('2001:db8:1:3::1')).toBe(0);
    limiter.failed('::ffff:198.51.100.4');
    expect(limiter.waitMs('198.51.100.4')).toBeGreaterThan(0);
  });

  it('keys addresses', () => {
    expect(guessKey('2001:0db8:0001:0002::1')).toBe('2001:db8:1:2::/64');
    expect(guessKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(guessKey('::1')).toBe('0:0:0:0::/64');
    expect(guessKey('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64');
    expect(guessKey('::ffff:127.0.0.2')).toBe('127.0.0.2');
  });

  it('stays bounded when many addresses fail once', () => {
    const limiter = new GuessLimiter(20);
    for (let i = 0; i < 60_000; i++) limiter.failed(`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
    expect(limiter.tracked).toBeLessThanOrEqual(50_000);
    // The latest failure (10.0.234.95 is the 60,000th) is still counted: 19 more use up its 20.
    for (let i = 0; i < 19; i++) limiter.failed('10.0.234.95');
    expect(limiter.waitMs('10.0.234.95')).toBeGreaterThan(0);
  });
});
