import { useTranslation } from 'react-i18next';
import { chooseInterfaceLanguage } from '../i18n/i18n.ts';
import { INTERFACE_LANGUAGES, isInterfaceLanguage } from '../i18n/languages.ts';

/** The interface language, each named in itself; the choice is remembered in this browser. */
export function InterfaceLanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <select
      className="interface-language"
      aria-label={t('interfaceLanguage')}
      value={i18n.language}
      onChange={(event) => {
        if (isInterfaceLanguage(event.target.value)) void chooseInterfaceLanguage(event.target.value);
      }}
    >
      {INTERFACE_LANGUAGES.map((language) => (
        <option key={language.code} value={language.code} lang={language.code}>
          {language.name}
        </option>
      ))}
    </select>
  );
}
