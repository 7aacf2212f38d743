import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../lib/useAction.ts';
import { ActionError } from './ActionError.tsx';

interface TextFormProps {
  label: string;
  submitLabel: string;
  hint?: ReactNode;
  placeholder?: string;
  rows?: number;
  /** Sends the text; the form empties (and `onDone` runs) once the server accepted it. */
  onSubmit: (text: string) => Promise<unknown>;
  onDone?: () => void;
  onCancel?: () => void;
}

/** A textarea and a button that sends its text to the server, with the server's refusal beside it. */
export function TextForm({
  label,
  submitLabel,
  hint,
  placeholder,
  rows = 3,
  onSubmit,
  onDone,
  onCancel,
}: TextFormProps) {
  const { t } = useTranslation('common');
  const [text, setText] = useState('');
  const action = useAction();
  const id = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!(await action.run(() => onSubmit(text)))) return;
    setText('');
    onDone?.();
  };

  return (
    <form className="text-form" onSubmit={submit} noValidate>
      <label className="text-form-label" htmlFor={`${id}-text`}>
        {label}
      </label>
      <textarea
        id={`${id}-text`}
        value={text}
        rows={rows}
        placeholder={placeholder}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => setText(event.target.value)}
      />
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <div className="agreement-controls">
        <button type="submit" className="button-small button-accent" disabled={action.busy || !text.trim()}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button-small" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
        <ActionError error={action.error} />
      </div>
    </form>
  );
}
