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
});
