import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';

describe('readConfig', () => {
  it('has documented defaults for sessions, guessing and slow clients', () => {
    const config = readConfig({}, '/repo');
    expect(config.sessionIdleMs).toBe(14 * 24 * 3_600_000);
    expect(config.guessLimit).toBe(20);
    expect(config.headersTimeoutMs).toBe(20_000);
    expect(config.requestTimeoutMs).toBe(120_000);
    expect(config.trustProxy.trusts('127.0.0.1', 0)).toBe(false);
  });

  it('reads them from the environment and names a bad variable', () => {
    const config = readConfig(
      { PACTUM_SESSION_IDLE_HOURS: '8', PACTUM_GUESS_LIMIT: '5', PACTUM_TRUST_PROXY: 'loopback' },
      '/repo',
    );
    expect(config.sessionIdleMs).toBe(8 * 3_600_000);
    expect(config.guessLimit).toBe(5);
    expect(config.trustProxy.trusts('127.0.0.1', 0)).toBe(true);
    expect(() => readConfig({ PACTUM_SESSION_IDLE_HOURS: '0' }, '/repo')).toThrow(
      /PACTUM_SESSION_IDLE_HOURS/,
    );
    expect(() => readConfig({ PACTUM_TRUST_PROXY: 'true' }, '/repo')).toThrow(/PACTUM_TRUST_PROXY/);
    expect(() =>
      readConfig({ PACTUM_HEADERS_TIMEOUT_MS: '5000', PACTUM_REQUEST_TIMEOUT_MS: '1000' }, '/repo'),
    ).toThrow(/PACTUM_REQUEST_TIMEOUT_MS/);
  });

  it('delays commits only when the test-only fault setting is given, and validates it', () => {
    expect(readConfig({}, '/repo').faultCommitDelayMs).toBeUndefined();
    expect(readConfig({ PACTUM_FAULT_COMMIT_DELAY_MS: '' }, '/repo').faultCommitDelayMs).toBeUndefined();
    expect(readConfig({ PACTUM_FAULT_COMMIT_DELAY_MS: '800' }, '/repo').faultCommitDelayMs).toBe(800);
    for (const bad of ['0', '-5', '1.5', 'soon', '60001']) {
      expect(() => readConfig({ PACTUM_FAULT_COMMIT_DELAY_MS: bad }, '/repo')).toThrow(
        /PACTUM_FAULT_COMMIT_DELAY_MS/,
      );
    }
  });

  it('takes a Postgres URL for the store, and never repeats one it refuses', () => {
    expect(readConfig({}, '/repo').databaseUrl).toBeUndefined();
    const url = 'postgres://pactum:s3cret@db.internal:5432/pactum';
    expect(readConfig({ PACTUM_DATABASE_URL: url }, '/repo').databaseUrl).toBe(url);
    expect(readConfig({ PACTUM_DATABASE_URL: 'postgresql:///pactum' }, '/repo').databaseUrl).toBe(
      'postgresql:///pactum',
    );
    for (const bad of [
      'mysql://pactum:s3cret@db/pactum',
      'db.internal:s3cret',
      'postgres://pactum:s3cret@[db',
    ]) {
      let message = '';
      try {
        readConfig({ PACTUM_DATABASE_URL: bad }, '/repo');
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/^PACTUM_DATABASE_URL /);
      expect(message).not.toContain('s3cret');
    }
  });

  it('takes a Redis URL for the relay, and never repeats one it refuses', () => {
    expect(readConfig({}, '/repo').redisUrl).toBeUndefined();
    for (const url of ['redis://:s3cret@cache.internal:6379/2', 'rediss://pactum:s3cret@cache.internal']) {
      expect(readConfig({ PACTUM_REDIS_URL: url }, '/repo').redisUrl).toBe(url);
    }
    for (const bad of ['http://:s3cret@cache.internal', 'cache.internal:6379', 'redis://:s3cret@[cache']) {
      let message = '';
      try {
        readConfig({ PACTUM_REDIS_URL: bad }, '/repo');
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/^PACTUM_REDIS_URL /);
      expect(message).not.toContain('s3cret');
    }
  });
});
