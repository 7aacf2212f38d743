import { CLAUSE_ID_ATTR } from '@pactum/shared';
import { TextSelection } from '@tiptap/pm/state';
import type { Editor } from '@tiptap/react';
import { isClause } from './clauseAt.ts';
import { shownLanguage } from './extensions/ShownLanguage.ts';
import { shownText } from './shownText.ts';

/** Puts the cursor at the start of the clause's shown heading, focuses the text and scrolls the clause to the top. */
export function revealClause(editor: Editor, clauseId: string): boolean {
  const { doc } = editor.state;
  let target = -1;
  doc.forEach((node, pos) => {
    if (target < 0 && isClause(node) && node.attrs[CLAUSE_ID_ATTR] === clauseId) target = pos;
  });
  const clause = target < 0 ? null : doc.nodeAt(target);
  if (!clause) return false;
  // Into the clause, its shown text, then its heading.
  const heading = target + 1 + (shownText(clause, shownLanguage(editor.state))?.offset ?? 0) + 2;
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.near(doc.resolve(heading))));
  editor.view.focus();
  const dom = editor.view.nodeDOM(target);
  if (dom instanceof HTMLElement) dom.scrollIntoView({ block: 'start' });
  return true;
}
