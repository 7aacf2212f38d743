import { describe, expect, it } from 'vitest';
import { isValidTreatyId, newClauseId, newTreatyId } from './treatyId.ts';

describe('treaty ids', () => {
  it('accepts generated ids and simple slugs', () => {
    expect(isValidTreatyId(newTreatyId())).toBe(true);
    expect(isValidTreatyId('paris-draft_3')).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['parent directory', '..'],
    ['path traversal', '../etc/passwd'],
    ['encoded dots', '%2e%2e'],
    ['slash', 'a/b'],
    ['backslash', 'a\\b'],
    ['NUL byte', 'a\u0000b'],
    ['leading dash', '-abc'],
    ['space', 'a b'],
    ['over-long', 'a'.repeat(65)],
    ['non-ASCII', 'договір'],
  ])('rejects %s', (_name, id) => {
    expect(isValidTreatyId(id)).toBe(false);
  });

  it('accepts the longest allowed id', () => {
    expect(isValidTreatyId('a'.repeat(64))).toBe(true);
  });

  it('generates distinct ids', () => {
    const ids = new Set(Array.from({ length: 1000 }, newClauseId));
    expect(ids.size).toBe(1000);
  });
});
