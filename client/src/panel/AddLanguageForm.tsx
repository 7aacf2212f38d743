import { isLanguageCode, languageName } from '@pactum/shared';
import { type FormEvent, useId, useState } from 'react';
import { useAction } from '../lib/useAction.ts';
import { addLanguage } from './languagesApi.ts';

/** The chair adds a language: every article, the title and the preamble get an empty text in it. */
export function AddLanguageForm({ treatyId, taken }: { treatyId: string; taken: readonly string[] }) {
  const [code, setCode] = useState('');
  const action = useAction();
  const id = useId();
  const typed = code.trim().toLowerCase();
  const known = isLanguageCode(typed);
  const hint = !typed
    ? 'Two letters (ISO 639-1), such as fr, de or pl.'
    : !known
      ? `"${typed}" is not a language code.`
      : taken.includes(typed)
        ? `The treaty already has a ${languageName(typed)} text.`
        : `${languageName(typed)} (${languageName(typed, typed)})`;
  const error = action.error?.replace(/^code: /, '') ?? null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await action.run(() => addLanguage(treatyId, typed))) setCode('');
  };

  return (
    <form className="inline-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-code`}>Language code</label>
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
        Add language
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
