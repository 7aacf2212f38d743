import { type AgreementOverview, ClauseStatus } from '@pactum/shared';
import { LIVE } from '../versions/versionApi.ts';
import type { ExportChoice } from './exportHref.ts';

const articles = (count: number) => (count === 1 ? '1 article' : `${count} articles`);

/**
 * What the chosen file will hold, in one sentence, from the live agreement.
 * Of a stored version the client knows no agreement, so that case says how
 * the server decides.
 */
export function exportPreview(
  choice: ExportChoice,
  overview: AgreementOverview,
  hasVersions: boolean,
): string {
  if (choice.format === 'json') {
    return 'The text, tags, parties and domains of the treaty, and the list of its versions. Sign-offs, brackets and comments name this treaty’s members and stay here.';
  }
  const { counts } = overview;
  const total = overview.clauses.length;
  const agreed = counts[ClauseStatus.agreed] + counts[ClauseStatus.agreedAdReferendum];
  if (total === 0 && choice.scope !== 'compare') return 'The treaty has no articles yet.';
  switch (choice.scope) {
    case 'agreed': {
      if (choice.version !== LIVE) {
        return 'The articles agreed in that version, as its sign-offs stood; the others are listed as still open.';
      }
      const open = total - agreed;
      if (open === 0) {
        return `${total === 1 ? 'The only article is' : `All ${total} articles are`} agreed: the file holds the whole text.`;
      }
      if (agreed === 0)
        return `No article is agreed yet: the file only lists the ${articles(open)} still open.`;
      return `${agreed} of ${articles(total)} ${agreed === 1 ? 'is' : 'are'} agreed; ${open} will be listed as still open.`;
    }
    case 'full': {
      if (choice.version !== LIVE) return 'Every article of that version, as it stood.';
      const parts = [
        [agreed, 'agreed'],
        [counts[ClauseStatus.bracketed], 'bracketed'],
        [counts[ClauseStatus.draft], 'in draft'],
      ]
        .filter(([count]) => count !== 0)
        .map(([count, status]) => (count === total ? `all ${status}` : `${count} ${status}`));
      return `${total === 1 ? 'The only article' : `All ${total} articles`} as they stand now: ${parts.join(', ')}.`;
    }
    case 'compare':
      if (choice.from !== choice.to)
        return 'Every article of the newer text, with what changed since the older one.';
      return hasVersions
        ? 'Both sides are the same text: choose two different versions.'
        : 'The treaty has no stored versions yet: name one under Versions to compare the live text with it.';
  }
}
