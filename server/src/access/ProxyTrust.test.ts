import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { ProxyTrust } from './ProxyTrust.ts';

const request = (
  remoteAddress: string,
  headers: Record<string, string> = {},
): Pick<IncomingMessage, 'headers' | 'socket'> =>
  ({ headers, socket: { remoteAddress } }) as unknown as Pick<IncomingMessage, 'headers' | 'socket'>;

describe('ProxyTrust', () => {
  it('believes no forwarded header by default', () => {
    const trust = ProxyTrust.parse(undefined);
    const spoofed = request('198.51.100.9', { 'x-forwarded-for': '1.2.3.4', 'x-forwarded-proto': 'https' });
    expect(trust.clientAddress(spoofed)).toBe('198.51.100.9');
    expect(trust.isSecure(spoofed)).toBe(false);
    expect(ProxyTrust.parse('false').clientAddress(spoofed)).toBe('198.51.100.9');
  });

  it('walks back through trusted proxies by address, never past the first untrusted hop', () => {
    const trust = ProxyTrust.parse('loopback, 10.0.0.0/8');
    // The client wrote "6.6.6.6" itself; the proxy appended the address it saw.
    const behind = request('::ffff:127.0.0.1', {
      'x-forwarded-for': '6.6.6.6, 203.0.113.5, 10.1.2.3',
      'x-forwarded-proto': 'https',
    });
    expect(trust.clientAddress(behind)).toBe('203.0.113.5');
    expect(trust.isSecure(behind)).toBe(true);
    const direct = request('203.0.113.77', { 'x-forwarded-for': '6.6.6.6', 'x-forwarded-proto': 'https' });
    expect(trust.clientAddress(direct)).toBe('203.0.113.77');
    expect(trust.isSecure(direct)).toBe(false);
  });

  it('trusts a number of hops', () => {
    const trust = ProxyTrust.parse('1');
    const behind = request('192.0.2.1', { 'x-forwarded-for': '6.6.6.6, 203.0.113.5' });
    expect(trust.clientAddress(behind)).toBe('203.0.113.5');
    expect(trust.clientAddress(request('192.0.2.1'))).toBe('192.0.2.1');
  });

  it('refuses settings that would believe anyone, or are not addresses', () => {
    expect(() => ProxyTrust.parse('true')).toThrow(/number of proxies/);
    expect(() => ProxyTrust.parse('proxy.example.org')).toThrow(/"proxy.example.org" is not an address/);
    expect(() => ProxyTrust.parse('10.0.0.0/33')).toThrow(/not an address/);
  });
});
