import { vocabularyIn } from '@pactum/shared';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  type InterfaceLanguage,
  preferredInterfaceLanguage,
  rememberInterfaceLanguage,
} from './languages.ts';
import { FIRST_NAMESPACES, LATER_NAMESPACES, NAMESPACES, type Namespace } from './namespaces.ts';

export { NAMESPACES };

type Messages = Record<string, unknown>;

// One chunk per language for the first namespaces and one for the later ones (bundles/): a reader
// downloads their own language only, in one request before the first render.
const bundles = import.meta.glob<Record<string, Messages>>('./bundles/*.ts', { import: 'default' });

/** The later namespaces asked for so far: a change of language loads them in the new language too. */
const asked = new Set<Namespace>();

async function loadMessages(language: InterfaceLanguage, namespaces: readonly Namespace[]): Promise<void> {
  const missing = namespaces.filter((namespace) => !i18next.hasResourceBundle(language, namespace));
  // The tag vocabulary lives in shared: exports word tags from the same messages.
  if (missing.includes('vocabulary'))
    i18next.addResourceBundle(language, 'vocabulary', vocabularyIn(language));
  const isLater = (namespace: Namespace) => (LATER_NAMESPACES as readonly string[]).includes(namespace);
  const later = missing.some(isLater);
  const first = missing.some((namespace) => namespace !== 'vocabulary' && !isLater(namespace));
  const none: Record<string, Messages> = {};
  const files = await Promise.all([
    first ? loadBundle(`./bundles/${language}.ts`) : none,
    later ? loadBundle(`./bundles/${language}.later.ts`) : none,
  ]);
  for (const namespace of missing) {
    if (namespace === 'vocabulary') continue;
    const messages =
      files[0][`../locales/${language}/${namespace}.json`] ??
      files[1][`../locales/${language}/${namespace}.json`];
    if (!messages) throw new Error(`no ${namespace} messages for ${language}`);
    i18next.addResourceBundle(language, namespace, messages);
  }
}

async function loadBundle(path: string): Promise<Record<string, Messages>> {
  const load = bundles[path];
  if (!load) throw new Error(`no messages at ${path}`);
  return load();
}

/**
 * Loads the messages of the reader's language before the first render. English is
 * not loaded beside another language: every language holds every key English
 * holds (messages.test.ts), so there is nothing to fall back on.
 */
export async function startI18n(language: InterfaceLanguage = preferredInterfaceLanguage()): Promise<void> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    ns: [...FIRST_NAMESPACES],
    defaultNS: 'common',
    resources: {},
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await loadMessages(language, FIRST_NAMESPACES);
  showLanguageOnPage(language);
}

/** Loads later namespaces in the current language; a view that reads them awaits this before it renders. */
export async function loadNamespaces(...namespaces: Namespace[]): Promise<void> {
  for (const namespace of namespaces) asked.add(namespace);
  await loadMessages(i18next.language as InterfaceLanguage, namespaces);
}

/** Switches the interface (every mounted component re-renders) and remembers the choice. */
export async function chooseInterfaceLanguage(language: InterfaceLanguage): Promise<void> {
  await loadMessages(language, [...FIRST_NAMESPACES, ...asked]);
  await i18next.changeLanguage(language);
  rememberInterfaceLanguage(language);
  showLanguageOnPage(language);
}

function showLanguageOnPage(language: InterfaceLanguage): void {
  // Screen readers pick their voice from the page's language.
  document.documentElement.lang = language;
}

export { i18next };
