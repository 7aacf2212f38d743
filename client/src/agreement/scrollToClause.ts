import { navigate, treatyPath } from '../router/route.ts';

/** Shows the text view scrolled to a clause, for views that have no editor at hand. */
export function scrollToClause(treatyId: string, clauseId: string): void {
  navigate(treatyPath(treatyId), { keepScroll: true });
  requestAnimationFrame(() => {
    document
      .querySelector(`section.clause[data-clause-id="${CSS.escape(clauseId)}"]`)
      ?.scrollIntoView({ block: 'start' });
  });
}
