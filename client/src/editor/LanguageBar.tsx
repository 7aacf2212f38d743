import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { interfaceLanguageTitle, languageLabel } from './languageLabel.ts';
import type { LanguageView } from './useLanguageView.ts';

/** Each language named in itself (so its readers find it), with its name in the interface language as a hint. */
function LanguageOptions({ codes }: { codes: readonly string[] }) {
  return codes.map((code) => (
    <option key={code} value={code} lang={code} title={interfaceLanguageTitle(code)}>
      {languageLabel(code)}
    </option>
  ));
}

/** Which of the treaty's languages the text is shown in, and whether a second one is shown beside it. */
export function LanguageBar({ view }: { view: LanguageView }) {
  const { t } = useTranslation('editor');
  const { languages, lang, second, secondChoice, choose } = view;
  const id = useId();
  if (languages.length < 2) return null;
  const chooseLang = (code: string) =>
    // Picking the language of the other column swaps the two.
    choose(code === secondChoice ? { lang: code, second: lang } : { lang: code });

  return (
    <fieldset className="language-bar">
      <legend className="visually-hidden">{t('languageBar.legend')}</legend>
      <label htmlFor={`${id}-lang`}>{t('languageBar.textIn')}</label>
      <select id={`${id}-lang`} value={lang} onChange={(event) => chooseLang(event.target.value)}>
        <LanguageOptions codes={languages} />
      </select>
      <label className="language-bar-toggle">
        <input
          type="checkbox"
          checked={second !== null}
          onChange={(event) => choose({ sideBySide: event.target.checked })}
        />
        {t('languageBar.sideBySide')}
      </label>
      <select
        aria-label={t('languageBar.second')}
        value={secondChoice ?? ''}
        onChange={(event) => choose({ second: event.target.value, sideBySide: true })}
      >
        <LanguageOptions codes={languages.filter((code) => code !== lang)} />
      </select>
    </fieldset>
  );
}
