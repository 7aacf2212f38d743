/** The interface languages, each named in itself (the switch shows them so). */
export const INTERFACE_LANGUAGES = [
  // i18n-ignore: a language is named in itself, whatever the interface language
  { code: 'en', name: 'English' },
  // i18n-ignore: named in itself
  { code: 'uk', name: 'Українська' },
  // i18n-ignore: named in itself
  { code: 'fr', name: 'Français' },
] as const;

export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number]['code'];

const STORAGE_KEY = 'pactum.interfaceLanguage';

export function isInterfaceLanguage(code: unknown): code is InterfaceLanguage {
  return INTERFACE_LANGUAGES.some((language) => language.code === code);
}

/** The language this person chose before, else the first of the browser's languages we have, else English. */
export function preferredInterfaceLanguage(
  stored: string | null = readStored(),
  browser: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
): InterfaceLanguage {
  if (isInterfaceLanguage(stored)) return stored;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (isInterfaceLanguage(base)) return base;
  }
  return 'en';
}

export function rememberInterfaceLanguage(code: InterfaceLanguage): void {
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // Storage can be refused (private mode, quota); the choice then lasts for this page only.
  }
}

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
