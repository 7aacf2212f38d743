import { ClauseStatus, type ExportDocument } from '@pactum/shared';
import { exportLabels } from './exportLabels.ts';

/** "30 November 2026", "30 листопада 2026 р." (UTC): a treaty date in `lang`, not a timestamp. */
export function treatyDate(iso: string, lang = 'en'): string {
  return new Intl.DateTimeFormat(exportLabels(lang).dateLocale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(iso));
}

export function scopeDescription(document: Pick<ExportDocument, 'scope' | 'lang' | 'comparedWith'>): string {
  const labels = exportLabels(document.lang);
  switch (document.scope) {
    case 'agreed':
      return labels.agreedScope;
    case 'full':
      return labels.fullScope;
    case 'compare':
      return labels.compareScope(document.comparedWith?.versionName ?? labels.anEarlierVersion);
  }
}

/** The version's name as the file prints it: the live text and an unnamed checkpoint are named in the file's language. */
export function versionTitle(
  document: Pick<ExportDocument, 'versionId' | 'versionName' | 'lang' | 'checkpointAt'>,
): string {
  const labels = exportLabels(document.lang);
  if (document.versionId === 'live') return labels.liveText;
  if (document.checkpointAt) {
    const time = `${document.checkpointAt.slice(11, 16)} UTC`;
    return labels.checkpoint(`${treatyDate(document.checkpointAt, document.lang)}, ${time}`);
  }
  return document.versionName;
}

/** "Article 7 — Activation", or "Article 7" without a heading. */
export function articleTitle(article: { label: string; heading: string }): string {
  return article.heading ? `${article.label} — ${article.heading}` : article.label;
}

/** A clause status ("draft") in `lang`. */
export function statusWord(status: string, lang: string): string {
  return exportLabels(lang).status[status] ?? status;
}

/** "(changed)", in `lang`: what a compare did to an article, or null when nothing is to be said. */
export function comparisonNote(article: ExportDocument['articles'][number], lang: string): string | null {
  if (!article.comparison || article.comparison === 'unchanged') return null;
  return `(${exportLabels(lang).comparison[article.comparison] ?? article.comparison})`;
}

/** The line under an article's title, if its status needs saying. */
export function statusNote(
  article: ExportDocument['articles'][number],
  document: Pick<ExportDocument, 'scope' | 'lang'>,
): string | null {
  const labels = exportLabels(document.lang);
  if (article.bracketedBy.length > 0) return labels.bracketedBy(article.bracketedBy.join(', '));
  if (article.status === ClauseStatus.agreedAdReferendum) return labels.agreedAdReferendum;
  if (document.scope === 'full' && article.status === ClauseStatus.draft) return labels.notYetAgreed;
  return null;
}

/** "Not included, still under negotiation: Article 2 — Scope (draft).", or null when every article is in. */
export function openArticlesNote(document: ExportDocument): string | null {
  if (document.openArticles.length === 0) return null;
  const list = document.openArticles
    .map((a) => `${articleTitle(a)} (${statusWord(a.status, document.lang)})`)
    .join('; ');
  return exportLabels(document.lang).notIncluded(list);
}

/** "Page 3 of 12" in the file's language. */
export function pageLine(page: number, pages: number, lang: string): string {
  const [before, between, after] = exportLabels(lang).page;
  return `${before}${page}${between}${pages}${after}`;
}

/** The stamp line printed in every page footer. */
export function stampLine(
  document: Pick<ExportDocument, 'versionId' | 'versionName' | 'lang' | 'stamp'>,
): string {
  return `${versionTitle(document)} · SHA-256 ${document.stamp}`;
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
