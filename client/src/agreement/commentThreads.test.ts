import type { ClauseComment } from '@pactum/shared';
import { describe, expect, it } from 'vitest';
import { commentThreads } from './commentThreads.ts';

const comment = (id: string, parentId?: string): ClauseComment => ({
  id,
  clauseId: 'c-1',
  ...(parentId && { parentId }),
  by: { memberId: 'm-1', name: 'Olena', delegation: 'UA' },
  at: '2026-11-30T10:00:00.000Z',
  text: id,
});

describe('commentThreads', () => {
  it('puts answers to answers in the thread of their root, and keeps orphans as threads', () => {
    const threads = commentThreads([
      comment('a'),
      comment('b'),
      comment('a1', 'a'),
      comment('a2', 'a1'),
      comment('x', 'gone'),
    ]);
    expect(threads.map(({ root, replies }) => [root.id, replies.map((r) => r.id)])).toEqual([
      ['a', ['a1', 'a2']],
      ['b', []],
      ['x', []],
    ]);
  });
});
