import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap';
import type { RelativeSelection } from './extensions/FailClosed.ts';

/** Puts the caret of a replaced editor back where it was in the Y.Doc, and the focus with it. */
export function restoreCaret(editor: Editor, selection: RelativeSelection): void {
  const sync = ySyncPluginKey.getState(editor.state);
  if (!sync?.binding || editor.isDestroyed) return;
  const resolve = (position: unknown) =>
    relativePositionToAbsolutePosition(sync.doc, sync.type, position, sync.binding.mapping);
  const anchor = resolve(selection.anchor);
  const head = resolve(selection.head);
  const { doc } = editor.state;
  if (anchor !== null && head !== null && Math.max(anchor, head) <= doc.content.size) {
    editor.view.dispatch(
      editor.state.tr.setSelection(TextSelection.create(doc, anchor, head)).scrollIntoView(),
    );
  }
  editor.view.focus();
}
