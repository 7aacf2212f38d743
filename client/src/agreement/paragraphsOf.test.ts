import { describe, expect, it } from 'vitest';
import { paragraphsOf } from './paragraphsOf.ts';

describe('paragraphsOf', () => {
  it('splits on blank lines, trims, and drops empty paragraphs', () => {
    expect(paragraphsOf('  First, shall.\n\n\n Second\nline.\n \nТретій. ')).toEqual([
      'First, shall.',
      'Second\nline.',
      'Третій.',
    ]);
    expect(paragraphsOf(' \n\n ')).toEqual([]);
  });
});
