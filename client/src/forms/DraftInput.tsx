import { type InputHTMLAttributes, useId } from 'react';
import { useDraftField } from './useDraftField.ts';

interface DraftInputProps
  extends Pick<
    InputHTMLAttributes<HTMLInputElement>,
    'type' | 'min' | 'max' | 'step' | 'placeholder' | 'maxLength' | 'inputMode'
  > {
  label: string;
  /** Shown to screen readers only; the placeholder or a column heading says it on screen. */
  hideLabel?: boolean;
  /** The value in the document. */
  value: string;
  /** Writes a value to the document; returns an error message or null. */
  write: (value: string) => string | null;
  hint?: string;
  className?: string;
}

/** A labelled text field that writes to the shared document without ever losing the caret; see useDraftField. */
export function DraftInput({ label, hideLabel, value, write, hint, className, ...input }: DraftInputProps) {
  const field = useDraftField(value, write);
  const id = useId();
  const describedBy = [field.error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ');
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input id={id} {...input} {...field.inputProps} aria-describedby={describedBy || undefined} />
      {hint && !field.error && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {field.error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {field.error}
        </p>
      )}
    </div>
  );
}
