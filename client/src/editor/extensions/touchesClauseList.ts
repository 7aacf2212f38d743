import { CLAUSE_ID_ATTR } from '@pactum/shared';
import type { Transaction } from '@tiptap/pm/state';
import { AttrStep } from '@tiptap/pm/transform';

/** Whether any step of `tr` may add, remove or reorder top-level nodes. */
export function touchesClauseList(tr: Transaction): boolean {
  return tr.steps.some((step, index) => {
    const doc = tr.docs[index];
    let touched = false;
    step.getMap().forEach((from, to) => {
      if (!doc || touched) return;
      const $from = doc.resolve(from);
      const $to = doc.resolve(to);
      touched = $from.depth === 0 || $to.depth === 0 || $from.index(0) !== $to.index(0);
    });
    return touched;
  });
}

/** Whether `tr` gives a clause another id (ClauseIdentity renames a split or pasted copy). */
export function changesClauseIds(tr: Transaction): boolean {
  return tr.steps.some((step) => step instanceof AttrStep && step.attr === CLAUSE_ID_ATTR);
}
