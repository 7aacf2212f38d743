// Unit tests read the interface in English, as a browser with no stored choice and an English locale would.
import { vocabularyIn } from '@pactum/shared';
import i18next from 'i18next';
import { NAMESPACES } from './i18n.ts';

const english = import.meta.glob<Record<string, unknown>>('./locales/en/*.json', {
  eager: true,
  import: 'default',
});

await i18next.init({
  lng: 'en',
  fallbackLng: 'en',
  ns: [...NAMESPACES],
  defaultNS: 'common',
  resources: {
    en: Object.fromEntries(
      NAMESPACES.map((namespace) => [
        namespace,
        namespace === 'vocabulary' ? vocabularyIn('en') : (english[`./locales/en/${namespace}.json`] ?? {}),
      ]),
    ),
  },
  interpolation: { escapeValue: false },
});
