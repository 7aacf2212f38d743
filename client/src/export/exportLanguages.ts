import { languageName } from '@pactum/shared';
import { i18next } from '../i18n/i18n.ts';

/** One entry of the export's language select: the `lang` the server takes, and what the reader sees. */
export interface LanguageChoice {
  value: string;
  label: string;
}

/** The language named in the interface language, standing alone: "Ukrainian", "Українська". */
function titleOf(code: string): string {
  const locale = i18next.language || 'en';
  const name = languageName(code, locale);
  return `${name.charAt(0).toLocaleUpperCase(locale)}${name.slice(1)}`;
}

/** "Ukrainian (українська)": the language named in the interface language and in itself. */
function nameOf(code: string): string {
  const title = titleOf(code);
  const own = languageName(code, code);
  return own.toLocaleLowerCase(code) === title.toLocaleLowerCase(code) || own === code
    ? title
    : i18next.t('export:language.named', { name: title, own });
}

/**
 * What the export can be in: each of the treaty's languages, and, for a
 * format that can hold two (the PDF), the first language beside each other
 * one in parallel columns.
 */
export function exportLanguageChoices(languages: readonly string[], parallel: boolean): LanguageChoice[] {
  const single = languages.map((code) => ({ value: code, label: nameOf(code) }));
  const [first, ...others] = languages;
  if (!parallel || !first) return single;
  return [
    ...single,
    ...others.map((other) => ({
      value: `${first},${other}`,
      label: i18next.t('export:language.bilingual', { first: titleOf(first), second: titleOf(other) }),
    })),
  ];
}

/** The `lang` to ask for: the one chosen if the format and the treaty offer it, else its first language, else the treaty's first. */
export function exportLanguageOf(chosen: string, choices: readonly LanguageChoice[]): string {
  if (choices.some((choice) => choice.value === chosen)) return chosen;
  const first = chosen.split(',')[0] as string;
  return choices.some((choice) => choice.value === first) ? first : (choices[0]?.value ?? first);
}
