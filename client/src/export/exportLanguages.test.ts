import { describe, expect, it } from 'vitest';
import { exportLanguageChoices, exportLanguageOf } from './exportLanguages.ts';

describe('the languages an export can be in', () => {
  it('offers each language of the treaty, and the first beside each other one for a PDF', () => {
    expect(exportLanguageChoices(['en', 'uk'], false)).toEqual([
      { value: 'en', label: 'English' },
      { value: 'uk', label: 'Ukrainian (українська)' },
    ]);
    expect(exportLanguageChoices(['en', 'uk', 'fr'], true).map((choice) => choice.value)).toEqual([
      'en',
      'uk',
      'fr',
      'en,uk',
      'en,fr',
    ]);
    expect(exportLanguageChoices(['en', 'uk'], true).at(-1)?.label).toBe(
      'English | Ukrainian — bilingual, parallel columns',
    );
    expect(exportLanguageChoices(['en'], true)).toEqual([{ value: 'en', label: 'English' }]);
  });

  it('falls back to the first of a bilingual choice where a format holds one language, and to the first language', () => {
    const word = exportLanguageChoices(['en', 'uk'], false);
    expect(exportLanguageOf('en,uk', word)).toBe('en');
    expect(exportLanguageOf('uk', word)).toBe('uk');
    expect(exportLanguageOf('', word)).toBe('en');
    // A language the chair removed since it was chosen.
    expect(exportLanguageOf('fr', word)).toBe('en');
  });
});
