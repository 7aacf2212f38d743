import { isLanguageCode, languageName } from '@pactum/shared';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { interfaceLanguageName, interfaceLanguageTitle } from '../editor/languageLabel.ts';
import { useAction } from '../lib/useAction.ts';
import { addLanguage } from './languagesApi.ts';

/** The chair adds a language: every article, the title and the preamble get an empty text in it. */
export function AddLanguageForm({ treatyId, taken }: { treatyId: string; taken: readonly string[] }) {
  const { t } = useTranslation('panel');
  const [code, setCode] = useState('');
  const action = useAction();
  const id = useId();
  const typed = code.trim().toLowerCase();
  const known = isLanguageCode(typed);
  const hint = !typed
    ? t('languages.codeHint')
    : !known
      ? t('languages.notACode', { code: typed })
      : taken.includes(typed)
        ? t('languages.taken', { language: interfaceLanguageName(typed) })
        : t('languages.named', { name: interfaceLanguageTitle(typed), own: languageName(typed, typed) });
  const error = action.error;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await action.run(() => addLanguage(treatyId, typed))) setCode('');
  };

  return (
    <form className="inline-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-code`}>{t('languages.code')}</label>
        <input
          id={`${id}-code`}
          className="party-code-field"
          value={code}
          maxLength={2}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error !== null || (typed !== '' && !known)}
          aria-describedby={`${id}-hint`}
          onChange={(event) => setCode(event.target.value)}
        />
      </div>
      <button
        type="submit"
        className="button-small"
        disabled={action.busy || !known || taken.includes(typed)}
      >
        {t('languages.add')}
      </button>
      <p id={`${id}-hint`} className="panel-note form-row-error" aria-live="polite">
        {hint}
      </p>
      {error && (
        <p className="field-error form-row-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
