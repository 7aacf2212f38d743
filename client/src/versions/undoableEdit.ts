import { TAG_ROOTS } from '@pactum/shared';
import type { Editor } from '@tiptap/react';
import { yUndoPluginKey } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';

export type UndoStep = Y.UndoManager['undoStack'][number];

function undoManagerOf(editor: Editor | null): Y.UndoManager | null {
  if (!editor || editor.isDestroyed) return null;
  const state = yUndoPluginKey.getState(editor.state) as { undoManager?: Y.UndoManager } | undefined;
  return state?.undoManager ?? null;
}

/**
 * Runs `write(origin)` — one Yjs transaction — as its own step in the
 * editor's undo history, so Undo in the text takes it back. Returns that
 * step, or null when there is no editor to undo in.
 */
export function undoableEdit(
  editor: Editor | null,
  doc: Y.Doc,
  write: (origin: object) => void,
): UndoStep | null {
  const manager = undoManagerOf(editor);
  const origin = { restore: true };
  if (!manager) {
    write(origin);
    return null;
  }
  // The editor's history covers only the text; a restore also rewrites the clause tags.
  manager.addToScope(TAG_ROOTS.map((root) => doc.getMap(root)));
  manager.trackedOrigins.add(origin);
  let step: UndoStep | null = null;
  const onAdded = (event: { stackItem: UndoStep; origin: unknown }) => {
    if (event.origin === origin) step = event.stackItem;
  };
  manager.on('stack-item-added', onAdded);
  manager.stopCapturing();
  try {
    write(origin);
  } finally {
    manager.stopCapturing();
    manager.off('stack-item-added', onAdded);
    manager.trackedOrigins.delete(origin);
  }
  return step;
}

/** Undoes `step` if nothing was done after it; false when later edits are in the way. */
export function undoStep(editor: Editor | null, step: UndoStep): boolean {
  const manager = undoManagerOf(editor);
  if (!manager || manager.undoStack.at(-1) !== step) return false;
  manager.undo();
  return true;
}
