const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/**
 * Whether `code` is an ISO 639-1 language code (two lowercase letters that
 * name a language), as a treaty's languages and every `lang` attribute are.
 * Intl knows the list, so none is written here.
 */
export function isLanguageCode(code: unknown): code is string {
  return typeof code === 'string' && /^[a-z]{2}$/.test(code) && names.of(code) !== undefined;
}

/** The language's name in `locale` ("Ukrainian", "українська"), or the code if Intl has none. */
export function languageName(code: string, locale = 'en'): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(code) ?? code;
  } catch {
    return code;
  }
}
