import { describe, expect, it } from 'vitest';
import { domainKeyFor } from './domainKeyFor.ts';
import { DomainKey } from './tagSchemas.ts';
import { DEFAULT_DOMAINS } from './vocabulary.ts';

describe('domainKeyFor', () => {
  it('makes a key of lower-case letters, digits and dashes from the label', () => {
    expect(domainKeyFor('Space', DEFAULT_DOMAINS)).toBe('space');
    expect(domainKeyFor('  Énergie & 5G networks! ', [])).toBe('energie-5g-networks');
    expect(domainKeyFor('2nd line support', [])).toBe('nd-line-support');
  });

  it('numbers a key that is taken, the default domains included', () => {
    expect(domainKeyFor('Maritime', DEFAULT_DOMAINS)).toBe('maritime-2');
    expect(domainKeyFor('Space', [{ key: 'space' }, { key: 'space-2' }])).toBe('space-3');
  });

  it('gives labels in other scripts a numbered generic key', () => {
    expect(domainKeyFor('Космос', [])).toBe('domain');
    expect(domainKeyFor('Енергетика', [{ key: 'domain' }])).toBe('domain-2');
  });

  it('always returns a valid domain key, however long the label', () => {
    const long = `${'a-'.repeat(40)}very long label`;
    const taken = [{ key: domainKeyFor(long, []) }];
    for (const key of [domainKeyFor(long, []), domainKeyFor(long, taken), domainKeyFor('x', [])]) {
      expect(DomainKey.safeParse(key).success, key).toBe(true);
    }
    expect(domainKeyFor(long, taken)).toMatch(/-2$/);
  });
});
