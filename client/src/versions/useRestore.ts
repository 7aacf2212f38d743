import type { Editor } from '@tiptap/react';
import { useState } from 'react';
import type * as Y from 'yjs';
import { i18next } from '../i18n/i18n.ts';
import { announce } from '../lib/announce.ts';
import { errorMessage } from '../lib/errorMessage.ts';
import { type UndoStep, undoableEdit, undoStep } from './undoableEdit.ts';

export interface RestoreOutcome {
  /** What was restored, in the interface language, e.g. "Article 3 as in “Paris draft 3”". */
  label: string;
  state: 'restored' | 'undone' | 'blocked' | 'failed';
  /** Why it failed, in the interface language. */
  message?: string;
  step: UndoStep | null;
}

/** Restores as an undoable forward edit, and remembers the last one so it can be undone from here. */
export function useRestore(editor: Editor | null, doc: Y.Doc) {
  const [outcome, setOutcome] = useState<RestoreOutcome | null>(null);
  const fail = (label: string, error: unknown) =>
    setOutcome({
      label,
      state: 'failed',
      message: errorMessage(error),
      step: null,
    });

  const restore = (label: string, write: (origin: object) => void) => {
    try {
      setOutcome({ label, state: 'restored', step: undoableEdit(editor, doc, write) });
      announce(i18next.t('a11y:announce.restored', { label }));
    } catch (error) {
      fail(label, error);
    }
  };

  const undo = () => {
    if (!outcome?.step) return;
    setOutcome({ ...outcome, state: undoStep(editor, outcome.step) ? 'undone' : 'blocked' });
  };

  return { outcome, restore, fail, undo, dismiss: () => setOutcome(null) };
}
