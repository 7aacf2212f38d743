import { vocabularyIn } from '@pactum/shared';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  type InterfaceLanguage,
  preferredInterfaceLanguage,
  rememberInterfaceLanguage,
} from './languages.ts';

export const NAMESPACES = [
  'common',
  'errors',
  'access',
  'editor',
  'agreement',
  'panel',
  'vocabulary',
  'versions',
  'views',
  'export',
  'a11y',
] as const;

type Messages = Record<string, unknown>;

// One chunk per language and namespace: a reader downloads the messages of their own language only.
const messageFiles = import.meta.glob<Messages>('./locales/*/*.json', { import: 'default' });

async function loadMessages(language: InterfaceLanguage): Promise<void> {
  await Promise.all(
    NAMESPACES.map(async (namespace) => {
      if (i18next.hasResourceBundle(language, namespace)) return;
      // The tag vocabulary lives in shared: exports word tags from the same messages.
      if (namespace === 'vocabulary') {
        i18next.addResourceBundle(language, namespace, vocabularyIn(language));
        return;
      }
      const load = messageFiles[`./locales/${language}/${namespace}.json`];
      if (!load) throw new Error(`no ${namespace} messages for ${language}`);
      i18next.addResourceBundle(language, namespace, await load());
    }),
  );
}

/** Loads the reader's language (and English behind it) before the first render. */
export async function startI18n(language: InterfaceLanguage = preferredInterfaceLanguage()): Promise<void> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    ns: [...NAMESPACES],
    defaultNS: 'common',
    resources: {},
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await Promise.all([loadMessages('en'), loadMessages(language)]);
  showLanguageOnPage(language);
}

/** Switches the interface (every mounted component re-renders) and remembers the choice. */
export async function chooseInterfaceLanguage(language: InterfaceLanguage): Promise<void> {
  await loadMessages(language);
  await i18next.changeLanguage(language);
  rememberInterfaceLanguage(language);
  showLanguageOnPage(language);
}

function showLanguageOnPage(language: InterfaceLanguage): void {
  // Screen readers pick their voice from the page's language.
  document.documentElement.lang = language;
}

export { i18next };
