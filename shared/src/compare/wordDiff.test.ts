import { describe, expect, it } from 'vitest';
import { type DiffSegment, sideOf, wordDiff } from './wordDiff.ts';

/** The changed runs, with surrounding spaces trimmed (which side gets a space is not the point). */
const changes = (segments: DiffSegment[]) =>
  segments.filter((s) => s.op !== 'equal').map((s) => ({ op: s.op, text: s.text.trim() }));

describe('wordDiff', () => {
  it('marks whole English words inserted and deleted', () => {
    const { segments, coarse } = wordDiff(
      'The Parties shall provide assistance within 72 hours.',
      'The Parties should provide military assistance within 48 hours.',
    );
    expect(coarse).toBe(false);
    expect(changes(segments)).toEqual([
      { op: 'delete', text: 'shall' },
      { op: 'insert', text: 'should' },
      { op: 'insert', text: 'military' },
      { op: 'delete', text: '72' },
      { op: 'insert', text: '48' },
    ]);
  });

  it('keeps Ukrainian words whole, apostrophes included', () => {
    const before = 'Сторони зобов’язуються надати допомогу протягом 72 годин.';
    const after = 'Сторони можуть надати військову допомогу протягом 72 годин.';
    const { segments } = wordDiff(before, after);
    expect(changes(segments)).toEqual([
      { op: 'delete', text: 'зобов’язуються' },
      { op: 'insert', text: 'можуть' },
      { op: 'insert', text: 'військову' },
    ]);
    expect(sideOf(segments, 'before')).toBe(before);
    expect(sideOf(segments, 'after')).toBe(after);
  });

  it('returns one equal run for identical text and handles empty sides', () => {
    expect(wordDiff('same', 'same').segments).toEqual([{ op: 'equal', text: 'same' }]);
    expect(wordDiff('', 'new text').segments).toEqual([{ op: 'insert', text: 'new text' }]);
    expect(wordDiff('old text', '').segments).toEqual([{ op: 'delete', text: 'old text' }]);
  });

  it('stays exact but coarse on a pathological input', () => {
    const words = (seed: number, n: number) =>
      Array.from({ length: n }, (_, i) => `w${(i * 7919 + seed * 104729) % 100003}`).join(' ');
    const before = words(1, 120_000);
    const after = words(2, 120_000);
    const { segments, coarse } = wordDiff(before, after);
    expect(coarse).toBe(true);
    expect(sideOf(segments, 'before')).toBe(before);
    expect(sideOf(segments, 'after')).toBe(after);
  });

  it('finds a one-word change in a megabyte of text precisely', () => {
    const filler = 'The Parties shall cooperate in good faith. '.repeat(25_000);
    const { segments, coarse } = wordDiff(`${filler}shall ${filler}`, `${filler}may ${filler}`);
    expect(coarse).toBe(false);
    expect(changes(segments)).toEqual([
      { op: 'delete', text: 'shall' },
      { op: 'insert', text: 'may' },
    ]);
  });
});
