import { type ReactNode, useEffect, useRef } from 'react';
import { tabbables, useFocusTrap } from '../lib/useFocusTrap.ts';

interface ConfirmFieldsetProps {
  className?: string;
  /** Escape: the question is dropped, as its Cancel button does. */
  onCancel: () => void;
  children: ReactNode;
}

/**
 * An inline "Remove …?" question: focus goes to its last answer (the one that
 * keeps everything) when it appears, Tab
 * stays among its answers until one is chosen, Escape cancels, and focus goes
 * back to the button that asked (when that button is still there).
 */
export function ConfirmFieldset({ className, onCancel, children }: ConfirmFieldsetProps) {
  const fieldset = useRef<HTMLFieldSetElement>(null);
  useFocusTrap(fieldset, { onEscape: onCancel, focusFirst: false });
  useEffect(() => {
    const element = fieldset.current;
    if (element) tabbables(element).at(-1)?.focus();
  }, []);
  return (
    <fieldset ref={fieldset} className={className}>
      {children}
    </fieldset>
  );
}
