import { describe, expect, it } from 'vitest';
import { languageViewOf } from './languageViewOf.ts';

const none = { lang: null, second: null, sideBySide: false };

describe('languageViewOf', () => {
  it("shows the treaty's first language until the reader picks another", () => {
    expect(languageViewOf(['en', 'uk'], none)).toEqual({ lang: 'en', second: null, secondChoice: 'uk' });
    expect(languageViewOf(['en', 'uk'], { ...none, lang: 'uk' })).toEqual({
      lang: 'uk',
      second: null,
      secondChoice: 'en',
    });
  });

  it('falls back when the treaty no longer has the language picked, and keeps the two columns apart', () => {
    expect(languageViewOf(['en', 'uk'], { lang: 'fr', second: 'fr', sideBySide: true })).toEqual({
      lang: 'en',
      second: 'uk',
      secondChoice: 'uk',
    });
    expect(languageViewOf(['en', 'uk', 'fr'], { lang: 'uk', second: 'uk', sideBySide: true }).second).toBe(
      'en',
    );
    expect(languageViewOf(['en', 'uk', 'fr'], { lang: 'uk', second: 'fr', sideBySide: true }).second).toBe(
      'fr',
    );
  });

  it('shows one language side by side with nothing when the treaty has one', () => {
    expect(languageViewOf(['en'], { lang: 'en', second: 'uk', sideBySide: true })).toEqual({
      lang: 'en',
      second: null,
      secondChoice: null,
    });
  });
});
