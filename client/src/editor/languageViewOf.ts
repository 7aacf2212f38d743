import type { LanguagePreference } from './languagePreference.ts';

export interface ShownLanguages {
  /** The language shown (and, side by side, in the first column). */
  lang: string;
  /** The language in the second column, or null when one language is shown. */
  second: string | null;
  /** The language the second column would show: kept while side by side is off. */
  secondChoice: string | null;
}

/**
 * What a reader's preference shows of a treaty in `languages` (at least
 * one): a language the treaty does not have (any longer) falls back to its
 * first, the second column to the first other language, and side by side
 * needs two languages.
 */
export function languageViewOf(languages: readonly string[], preference: LanguagePreference): ShownLanguages {
  const lang =
    preference.lang && languages.includes(preference.lang) ? preference.lang : (languages[0] as string);
  const others = languages.filter((code) => code !== lang);
  const secondChoice =
    preference.second && others.includes(preference.second) ? preference.second : (others[0] ?? null);
  return { lang, second: preference.sideBySide ? secondChoice : null, secondChoice };
}
