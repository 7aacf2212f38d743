import { describe, expect, it } from 'vitest';
import { clause, commit, trigger } from '../tags/treatyFixture.ts';
import type { ClauseJSON } from '../treatyModel.ts';
import { clauseContentHash, sha256Hex } from './clauseContentHash.ts';

const withText = (text: string, extra: Partial<ClauseJSON> = {}): ClauseJSON => ({
  ...clause(3, { domains: ['logistics', 'cyber'], threshold: trigger('armed-attack', 2) }),
  text,
  body: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
  ...extra,
});

describe('clauseContentHash', () => {
  it('is the SHA-256 of the input (known vector)', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('gives the same hash for the same content, whatever its position, ids or tag order', () => {
    const a = withText('The Parties shall assist.');
    const b = {
      ...withText('The Parties shall assist.'),
      number: 9,
      label: 'Article 9',
      domains: ['cyber', 'logistics'],
    };
    expect(clauseContentHash(a)).toBe(clauseContentHash(b));
    const c1 = withText('x', {
      commitments: [
        { id: 'm-1', ...commit('FR', 'cyber') },
        { id: 'm-2', ...commit('UK', 'cyber') },
      ],
    });
    const c2 = withText('x', {
      commitments: [
        { id: 'm-9', ...commit('UK', 'cyber') },
        { id: 'm-8', ...commit('FR', 'cyber') },
      ],
    });
    expect(clauseContentHash(c1)).toBe(clauseContentHash(c2));
  });

  it('changes with any change of text, formatting, heading or tags', () => {
    const base = clauseContentHash(withText('The Parties shall assist.'));
    const variants: ClauseJSON[] = [
      withText('The Parties should assist.'),
      withText('The Parties shall assist.', {
        body: [
          {
            type: 'paragraph',
            content: [{ type: 'text', text: 'The Parties shall assist.', marks: [{ type: 'bold' }] }],
          },
        ],
      }),
      withText('The Parties shall assist.', { heading: 'Other' }),
      withText('The Parties shall assist.', { domains: ['logistics'] }),
      withText('The Parties shall assist.', { threshold: trigger('armed-attack', 3) }),
      withText('The Parties shall assist.', { commitments: [{ id: 'm-1', ...commit('FR', 'cyber') }] }),
    ];
    const hashes = variants.map(clauseContentHash);
    for (const hash of hashes) expect(hash).not.toBe(base);
    expect(new Set(hashes).size).toBe(hashes.length);
  });
});
