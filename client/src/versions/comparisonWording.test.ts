import type { ClauseComparison } from '@pactum/shared';
import { describe, expect, it } from 'vitest';
import { isChange, positionNote, tagChangeText } from './comparisonWording.ts';

const compared = (patch: Partial<ClauseComparison>): ClauseComparison => ({
  clauseId: 'c-aaaaaaaaaaaa',
  status: 'unchanged',
  changes: [],
  from: { number: 3, heading: 'Military assistance' },
  to: { number: 3, heading: 'Military assistance' },
  material: [],
  coarse: false,
  ...patch,
});

describe('positionNote', () => {
  it('says where a moved clause went, and a renumbered one in short', () => {
    const moved = compared({
      status: 'moved',
      changes: ['moved', 'text'],
      from: { number: 12, heading: 'Duration' },
      to: { number: 1, heading: 'Duration' },
    });
    expect(positionNote(moved)).toBe('Moved from Article 12 to Article 1');
    const renumbered = compared({
      status: 'renumbered',
      changes: ['renumbered'],
      to: { number: 4, heading: '' },
    });
    expect(positionNote(renumbered)).toBe('Renumbered 3 → 4');
    expect(positionNote(compared({}))).toBeNull();
  });

  it('places added and removed clauses', () => {
    expect(positionNote(compared({ status: 'added', changes: ['added'], from: null }))).toBe('New Article 3');
    expect(positionNote(compared({ status: 'removed', changes: ['removed'], to: null }))).toBe(
      'Was Article 3',
    );
  });
});

describe('tagChangeText', () => {
  const label = (key: string) => (key === 'maritime' ? 'Maritime' : key);
  it('names domains by their label and reads thresholds as before → after', () => {
    expect(tagChangeText({ field: 'domain', from: null, to: 'maritime' }, label)).toBe(
      'Domain: added Maritime',
    );
    expect(tagChangeText({ field: 'threshold.assistanceHours', from: '72 h', to: '48 h' }, label)).toBe(
      'Assistance within: 72 h → 48 h',
    );
    expect(tagChangeText({ field: 'commitment', from: 'FR · x', to: null }, label)).toBe(
      'Commitment: removed FR · x',
    );
  });
});

describe('isChange', () => {
  it('leaves out clauses that were only renumbered', () => {
    expect(isChange(compared({ status: 'renumbered' }))).toBe(false);
    expect(isChange(compared({ status: 'moved' }))).toBe(true);
    expect(isChange(compared({ status: 'changed' }))).toBe(true);
  });
});
