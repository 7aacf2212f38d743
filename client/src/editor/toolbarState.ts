import { TreatyNode } from '@pactum/shared';
import type { Editor } from '@tiptap/react';
import { yUndoPluginKey } from '@tiptap/y-tiptap';
import type { UndoManager } from 'yjs';
import { clauseAt, isClause } from './clauseAt.ts';

/**
 * What the toolbar shows, read straight from the state. This runs on every
 * transaction, so it avoids `editor.can()`, which builds a command chain per
 * check and cost more than the rest of a keystroke together.
 */
export function toolbarState({ editor }: { editor: Editor }) {
  const { selection, schema, doc } = editor.state;
  const { $from } = selection;
  const clause = clauseAt(selection);
  // doc > clause > clauseText > clauseBody
  const inBody = $from.depth >= 3 && $from.node(3).type.name === TreatyNode.clauseBody;
  const boldMark = schema.marks.bold;
  const canMoveUp = clause !== null && isClause(doc.maybeChild(clause.index - 1));
  const canMoveDown = clause !== null && isClause(doc.maybeChild(clause.index + 1));
  const undoManager = (yUndoPluginKey.getState(editor.state) as { undoManager?: UndoManager } | undefined)
    ?.undoManager;
  return {
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    bulletList: editor.isActive('bulletList'),
    orderedList: editor.isActive('orderedList'),
    canFormat: boldMark !== undefined && $from.parent.type.allowsMarkType(boldMark),
    canList: inBody,
    canUndo: (undoManager?.undoStack.length ?? 0) > 0,
    canRedo: (undoManager?.redoStack.length ?? 0) > 0,
    inClause: clause !== null,
    canMoveUp,
    canMoveDown,
    // Articles follow one another, so another one is next to this one: no count of all 500.
    canDelete: canMoveUp || canMoveDown,
  };
}
