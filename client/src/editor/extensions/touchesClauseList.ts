import type { Transaction } from '@tiptap/pm/state';

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
