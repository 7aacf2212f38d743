import { Extension } from '@tiptap/core';
import { type EditorState, Selection, type Transaction } from '@tiptap/pm/state';
import { ReplaceStep } from '@tiptap/pm/transform';
import { ySyncPluginKey } from '@tiptap/y-tiptap';

/** Transaction metadata is private in ProseMirror; it is copied as is. */
function metaOf(tr: Transaction): Record<string, unknown> {
  return (tr as unknown as { meta: Record<string, unknown> }).meta;
}

/**
 * The same remote change as one step over only the range that differs.
 * y-tiptap applies every remote change by replacing the whole document;
 * mapped through that, every decoration is lost and every plugin that watches
 * the list of clauses redraws all of them. Returns null when `tr` is not such
 * a replacement (or the narrowed one would not give the same document).
 * Metadata, time, selection and stored marks are kept.
 */
export function narrowRemoteChange(state: EditorState, tr: Transaction): Transaction | null {
  const [step] = tr.steps;
  if (tr.steps.length !== 1 || tr.before !== state.doc || !(step instanceof ReplaceStep)) return null;
  if (step.from !== 0 || step.to !== state.doc.content.size) return null;
  if (!tr.getMeta(ySyncPluginKey)?.isChangeOrigin) return null;
  const before = state.doc.content;
  const after = tr.doc.content;
  const narrowed = state.tr;
  const start = before.findDiffStart(after);
  if (start !== null) {
    const end = before.findDiffEnd(after);
    if (!end) return null;
    // Typing "a" into "aa" matches from both sides past each other; widen like ProseMirror's readDOMChange.
    const overlap = start - Math.min(end.a, end.b);
    const endA = end.a + Math.max(0, overlap);
    const endB = end.b + Math.max(0, overlap);
    narrowed.replace(start, endA, tr.doc.slice(start, endB));
    if (!narrowed.doc.eq(tr.doc)) return null;
  }
  for (const [key, value] of Object.entries(metaOf(tr))) narrowed.setMeta(key, value);
  narrowed.setTime(tr.time);
  try {
    if (tr.selectionSet) narrowed.setSelection(Selection.fromJSON(narrowed.doc, tr.selection.toJSON()));
  } catch {
    return null;
  }
  if (tr.storedMarksSet) narrowed.setStoredMarks(tr.storedMarks);
  // Not scrolled: y-tiptap asks for it whenever the caret is on screen, which measures the caret
  // (a forced layout) on every remote keystroke; the browser's scroll anchoring keeps the text still.
  return narrowed;
}

/** Applies remote changes as narrow steps (see {@link narrowRemoteChange}), so typing elsewhere only maps decorations. */
export const NarrowRemoteSteps = Extension.create({
  name: 'narrowRemoteSteps',
  dispatchTransaction({ transaction, next }) {
    next(narrowRemoteChange(this.editor.state, transaction) ?? transaction);
  },
});
