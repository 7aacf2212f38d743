import { clauseJSON } from '@pactum/shared';
import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import {
  type EditorState,
  NodeSelection,
  Selection,
  TextSelection,
  type Transaction,
} from '@tiptap/pm/state';
import { yUndoPluginKey } from '@tiptap/y-tiptap';
import { type ClauseLocation, clauseAt, clauseCount, isClause } from '../clauseAt.ts';
import { shownSelectionNear, shownText } from '../shownText.ts';
import { treatyLanguages } from '../treatyLanguages.ts';
import { shownLanguage, shownLanguages } from './ShownLanguage.ts';

export type MoveDirection = 'up' | 'down';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    clauseCommands: {
      /** Adds an empty article after the current one and puts the cursor in its heading. */
      insertClauseAfter: () => ReturnType;
      /** Swaps the current article with its neighbour; it keeps its clauseId. */
      moveClause: (direction: MoveDirection) => ReturnType;
      /** Removes the current article, unless it is the only one. */
      deleteClause: () => ReturnType;
    };
  }
}

export const clauseShortcuts = {
  insert: 'Mod-Alt-Enter',
  up: 'Mod-Alt-ArrowUp',
  down: 'Mod-Alt-ArrowDown',
  delete: 'Mod-Alt-Backspace',
} as const;

/** Re-places the selection by `delta` after its clause moved as one piece. */
function shiftSelection(tr: Transaction, before: Selection, delta: number): void {
  const selection =
    before instanceof NodeSelection
      ? NodeSelection.create(tr.doc, before.from + delta)
      : TextSelection.create(tr.doc, before.anchor + delta, before.head + delta);
  tr.setSelection(selection);
}

function moveClause(tr: Transaction, clause: ClauseLocation, direction: MoveDirection): boolean {
  const neighbour = tr.doc.maybeChild(clause.index + (direction === 'up' ? -1 : 1));
  if (!isClause(neighbour)) return false;
  const target = direction === 'up' ? clause.pos - neighbour.nodeSize : clause.pos + neighbour.nodeSize;
  const selection = tr.selection;
  // One transaction, so collaborators and undo see a single move.
  tr.delete(clause.pos, clause.pos + clause.node.nodeSize).insert(target, clause.node);
  shiftSelection(tr, selection, target - clause.pos);
  tr.scrollIntoView();
  return true;
}

/** A new empty article with a text in each of the treaty's languages. */
function emptyClause(state: EditorState): ProseMirrorNode {
  const texts = treatyLanguages(state, shownLanguage(state)).map((lang) => ({
    lang,
    heading: '',
    paragraphs: [''],
  }));
  return state.schema.nodeFromJSON(clauseJSON({ texts }));
}

/**
 * Starts a new undo step, so that undoing an article command never also undoes
 * the typing just before it (Yjs merges edits less than 500 ms apart).
 */
function newUndoStep(state: EditorState): void {
  yUndoPluginKey.getState(state)?.undoManager.stopCapturing();
}

export const ClauseCommands = Extension.create({
  name: 'clauseCommands',

  addCommands() {
    return {
      insertClauseAfter:
        () =>
        ({ tr, state, dispatch }) => {
          const clause = clauseAt(tr.selection);
          if (!clause) return false;
          if (dispatch) {
            newUndoStep(state);
            const at = clause.pos + clause.node.nodeSize;
            const created = emptyClause(state);
            tr.insert(at, created);
            // Into the heading of the shown text: the article, its text, the heading.
            const text = shownText(created, shownLanguage(state));
            tr.setSelection(TextSelection.create(tr.doc, at + (text?.offset ?? 0) + 3)).scrollIntoView();
          }
          return true;
        },
      moveClause:
        (direction) =>
        ({ tr, state, dispatch }) => {
          const clause = clauseAt(tr.selection);
          if (!clause) return false;
          if (!dispatch) return isClause(tr.doc.maybeChild(clause.index + (direction === 'up' ? -1 : 1)));
          newUndoStep(state);
          return moveClause(tr, clause, direction);
        },
      deleteClause:
        () =>
        ({ tr, state, dispatch }) => {
          const clause = clauseAt(tr.selection);
          if (!clause || clauseCount(tr.doc) <= 1) return false;
          if (dispatch) {
            newUndoStep(state);
            tr.delete(clause.pos, clause.pos + clause.node.nodeSize);
            const $at = tr.doc.resolve(Math.min(clause.pos, tr.doc.content.size));
            tr.setSelection(shownSelectionNear($at, shownLanguages(state)) ?? Selection.near($at, 1));
            tr.scrollIntoView();
          }
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      [clauseShortcuts.insert]: () => this.editor.commands.insertClauseAfter(),
      [clauseShortcuts.up]: () => this.editor.commands.moveClause('up'),
      [clauseShortcuts.down]: () => this.editor.commands.moveClause('down'),
      [clauseShortcuts.delete]: () => this.editor.commands.deleteClause(),
    };
  },
});
