import { useId } from 'react';
import { englishLanguageName, languageLabel } from './languageLabel.ts';
import type { LanguageView } from './useLanguageView.ts';

function LanguageOptions({ codes }: { codes: readonly string[] }) {
  return codes.map((code) => (
    <option key={code} value={code} lang={code} title={englishLanguageName(code)}>
      {languageLabel(code)}
    </option>
  ));
}

/** Which of the treaty's languages the text is shown in, and whether a second one is shown beside it. */
export function LanguageBar({ view }: { view: LanguageView }) {
  const { languages, lang, second, secondChoice, choose } = view;
  const id = useId();
  if (languages.length < 2) return null;
  const chooseLang = (code: string) =>
    // Picking the language of the other column swaps the two.
    choose(code === secondChoice ? { lang: code, second: lang } : { lang: code });

  return (
    <fieldset className="language-bar">
      <legend className="visually-hidden">Languages of the text</legend>
      <label htmlFor={`${id}-lang`}>Text in</label>
      <select id={`${id}-lang`} value={lang} onChange={(event) => chooseLang(event.target.value)}>
        <LanguageOptions codes={languages} />
      </select>
      <label className="language-bar-toggle">
        <input
          type="checkbox"
          checked={second !== null}
          onChange={(event) => choose({ sideBySide: event.target.checked })}
        />
        Side by side with
      </label>
      <select
        aria-label="Second language"
        value={secondChoice ?? ''}
        onChange={(event) => choose({ second: event.target.value, sideBySide: true })}
      >
        <LanguageOptions codes={languages.filter((code) => code !== lang)} />
      </select>
    </fieldset>
  );
}
