import { languageName } from '@pactum/shared';
import { i18next } from '../i18n/i18n.ts';

/** The language's name in itself with its code, "Українська (uk)", "English (en)". */
export function languageLabel(code: string): string {
  const own = languageName(code, code);
  return `${own.charAt(0).toLocaleUpperCase(code)}${own.slice(1)} (${code})`;
}

/** The language's name in the interface language, as a sentence uses it: "Ukrainian", "українська", "ukrainien". */
export const interfaceLanguageName = (code: string): string => languageName(code, i18next.language || 'en');

/** The language's name in the interface language, standing alone: "Ukrainian", "Українська", "Ukrainien". */
export function interfaceLanguageTitle(code: string): string {
  const locale = i18next.language || 'en';
  const name = languageName(code, locale);
  return `${name.charAt(0).toLocaleUpperCase(locale)}${name.slice(1)}`;
}
