import { ClauseStatus, type ExportDocument } from '@pactum/shared';

/** "30 November 2026" (UTC): a treaty date, not a timestamp. */
export function treatyDate(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(iso));
}

export function scopeDescription(document: ExportDocument): string {
  switch (document.scope) {
    case 'agreed':
      return 'Agreed text: only the articles every party has agreed';
    case 'full':
      return 'Full negotiating text: unagreed text in square brackets, options shown';
    case 'compare':
      return `Comparison with ${document.comparedWith?.versionName ?? 'an earlier version'}: insertions underlined, deletions struck through`;
  }
}

/** "Article 7 — Activation", or "Article 7" without a heading. */
export function articleTitle(article: { label: string; heading: string }): string {
  return article.heading ? `${article.label} — ${article.heading}` : article.label;
}

/** The line under an article's title, if its status needs saying. */
export function statusNote(
  article: ExportDocument['articles'][number],
  document?: Pick<ExportDocument, 'scope'>,
): string | null {
  if (article.bracketedBy.length > 0) return `Bracketed by ${article.bracketedBy.join(', ')}`;
  if (article.status === ClauseStatus.agreedAdReferendum) return 'Agreed ad referendum';
  if (document?.scope === 'full' && article.status === ClauseStatus.draft) return 'Not yet agreed';
  return null;
}

/** The stamp line printed in every page footer. */
export function stampLine(document: ExportDocument): string {
  return `${document.versionName} · SHA-256 ${document.stamp}`;
}

/** Lower-case letters for the first level of an ordered list (a, b, … z, aa, …), numbers below it. */
export function listMarker(ordered: boolean, index: number, depth: number): string {
  if (!ordered) return '•';
  if (depth > 0) return `${index + 1}.`;
  let n = index;
  let letters = '';
  do {
    letters = String.fromCharCode(97 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return `${letters}.`;
}
