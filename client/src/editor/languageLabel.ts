import { languageName } from '@pactum/shared';

/** The language's name in itself with its code, "Українська (uk)", "English (en)". */
export function languageLabel(code: string): string {
  const own = languageName(code, code);
  return `${own.charAt(0).toLocaleUpperCase(code)}${own.slice(1)} (${code})`;
}

/** The language's name in English, "Ukrainian": for whoever does not read the other script. */
export const englishLanguageName = (code: string): string => languageName(code, 'en');
