import { describe, expect, it } from 'vitest';
import { localCopyName, parseLocalCopyName } from './localCopyName.ts';

describe('the name of a local copy', () => {
  const key = { treatyId: 't-abc123', epoch: '0f'.repeat(16), memberId: 'm-0123456789abcdef' };

  it('names treaty, epoch and member, and reads back the same key', () => {
    const name = localCopyName(key);
    expect(name).toBe(`pactum-treaty/t-abc123/${key.epoch}/m-0123456789abcdef`);
    expect(parseLocalCopyName(name)).toEqual(key);
  });

  it('a renewed epoch or another member is another copy', () => {
    expect(localCopyName({ ...key, epoch: 'aa'.repeat(16) })).not.toBe(localCopyName(key));
    expect(localCopyName({ ...key, memberId: 'm-other' })).not.toBe(localCopyName(key));
  });

  it('is not fooled by databases of other libraries or malformed names', () => {
    for (const name of [
      '',
      'y-indexeddb',
      'pactum-treaty/t-1/e',
      'pactum-treaty/t-1/e/m/extra',
      'other/t-1/e/m',
    ]) {
      expect(parseLocalCopyName(name)).toBeNull();
    }
  });
});
