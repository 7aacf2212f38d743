import { type ChangeEvent, type KeyboardEvent, useCallback, useEffect, useRef, useState } from 'react';

/** Typing pauses this long before a still-focused field is written to the document. */
const IDLE_WRITE_MS = 600;

export interface DraftField {
  error: string | null;
  inputProps: {
    value: string;
    'aria-invalid': boolean;
    onChange: (event: ChangeEvent<HTMLInputElement>) => void;
    onFocus: () => void;
    onBlur: () => void;
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  };
}

/**
 * A text field over a value that other delegations may change at any time.
 * While the field has focus, or holds text that could not be written, it shows
 * the local draft and ignores remote values, so a remote update never moves
 * the caret or eats a keystroke. The draft is written after a pause in typing,
 * on Enter and on blur; `write` returns an error message or null. After a
 * successful write on blur, the field shows the document's value again.
 * Escape drops the draft.
 */
export function useDraftField(remote: string, write: (value: string) => string | null): DraftField {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef({ draft, remote, write });
  latest.current = { draft, remote, write };
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback((): boolean => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const { draft: value, remote: current, write: save } = latest.current;
    const message = value === null || value === current ? null : save(value);
    setError(message);
    return message === null;
  }, []);

  // A draft still waiting for its pause is written when the field goes away (the panel closed).
  useEffect(
    () => () => {
      if (timer.current !== undefined) flush();
    },
    [flush],
  );

  return {
    error,
    inputProps: {
      value: draft ?? remote,
      'aria-invalid': error !== null,
      onChange: (event) => {
        setDraft(event.target.value);
        latest.current.draft = event.target.value;
        clearTimeout(timer.current);
        timer.current = setTimeout(flush, IDLE_WRITE_MS);
      },
      onFocus: () => setDraft((value) => value ?? latest.current.remote),
      onBlur: () => {
        if (flush()) setDraft(null);
      },
      onKeyDown: (event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          flush();
        } else if (event.key === 'Escape' && ((draft !== null && draft !== remote) || error !== null)) {
          // Only a field with something to drop keeps Escape from closing the panel.
          event.stopPropagation();
          clearTimeout(timer.current);
          timer.current = undefined;
          setDraft(remote);
          setError(null);
        }
      },
    },
  };
}
