import { CLAUSE_ID_ATTR } from '@pactum/shared';
import type { Transaction } from '@tiptap/pm/state';
import { AttrStep } from '@tiptap/pm/transform';

/**
 * Whether any step of `tr` changes more than the inside of one node at
 * `depth`: 1 is a top-level node (an article), 2 one language's text of it.
 */
export function changesOutside(tr: Transaction, depth: number): boolean {
  return tr.steps.some((step, index) => {
    const doc = tr.docs[index];
    let outside = false;
    step.getMap().forEach((from, to) => {
      if (!doc || outside) return;
      const $from = doc.resolve(from);
      const $to = doc.resolve(to);
      outside = $from.depth < depth || $to.depth < depth || $from.start(depth) !== $to.start(depth);
    });
    return outside;
  });
}

/** Whether any step of `tr` may add, remove or reorder top-level nodes. */
export function touchesClauseList(tr: Transaction): boolean {
  return changesOutside(tr, 1);
}

/** Whether `tr` gives a clause another id (ClauseIdentity renames a split or pasted copy). */
export function changesClauseIds(tr: Transaction): boolean {
  return tr.steps.some((step) => step instanceof AttrStep && step.attr === CLAUSE_ID_ATTR);
}
