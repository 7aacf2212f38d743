import { useId } from 'react';
import { languageLabel } from '../editor/languageLabel.ts';

interface LanguageSelectProps {
  label: string;
  value: string;
  languages: readonly string[];
  onChange: (lang: string) => void;
}

/** One of the treaty's languages, each named in itself ("Українська (uk)"). */
export function LanguageSelect({ label, value, languages, onChange }: LanguageSelectProps) {
  const id = useId();
  return (
    <div className="field language-select">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {languages.map((code) => (
          <option key={code} value={code} lang={code}>
            {languageLabel(code)}
          </option>
        ))}
      </select>
    </div>
  );
}
