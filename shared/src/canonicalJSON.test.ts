import { describe, expect, it } from 'vitest';
import { canonicalJSON } from './canonicalJSON.ts';

describe('canonicalJSON', () => {
  it('gives the same string for the same value built in any key order', () => {
    expect(canonicalJSON({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: 'x' } })).toBe(
      canonicalJSON({ a: { c: 'x', d: [2, { e: 0, f: 1 }] }, b: 1 }),
    );
    expect(canonicalJSON({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });

  it('keeps array order and drops undefined members', () => {
    expect(canonicalJSON([3, 1, 2])).toBe('[3,1,2]');
    expect(canonicalJSON({ a: undefined, b: null })).toBe('{"b":null}');
  });
});
