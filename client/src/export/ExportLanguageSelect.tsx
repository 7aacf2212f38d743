import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanguageChoice } from './exportLanguages.ts';

interface ExportLanguageSelectProps {
  choices: readonly LanguageChoice[];
  value: string;
  onChange: (value: string) => void;
}

/** The language of the export, or two side by side. */
export function ExportLanguageSelect({ choices, value, onChange }: ExportLanguageSelectProps) {
  const { t } = useTranslation('export');
  const id = useId();
  return (
    <div className="field export-language">
      <label htmlFor={id}>{t('form.language')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
