import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './contentSecurityPolicy.ts';

const directives = (policy: string) =>
  Object.fromEntries(policy.split('; ').map((part) => [part.split(' ')[0], part.split(' ').slice(1)]));

describe('contentSecurityPolicy', () => {
  it('allows scripts and styles only from our files, and connections to our own origin', () => {
    const policy = directives(contentSecurityPolicy('127.0.0.1:8080', false));
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['script-src-attr']).toEqual(["'none'"]);
    expect(policy['style-src']).toEqual(["'self'"]);
    expect(policy['connect-src']).toEqual(["'self'", 'ws://127.0.0.1:8080']);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['upgrade-insecure-requests']).toBeUndefined();
    expect(JSON.stringify(policy)).not.toMatch(/unsafe|\*/);
  });

  it('uses wss and upgrades subresources when served over HTTPS', () => {
    const policy = directives(contentSecurityPolicy('pactum.example.org', true));
    expect(policy['connect-src']).toEqual(["'self'", 'wss://pactum.example.org']);
    expect(policy['upgrade-insecure-requests']).toEqual([]);
  });

  it('leaves out a Host header that could smuggle directives', () => {
    const policy = contentSecurityPolicy("evil; script-src 'unsafe-inline'", false);
    expect(policy).not.toContain('unsafe-inline');
    expect(directives(policy)['connect-src']).toEqual(["'self'"]);
  });
});
