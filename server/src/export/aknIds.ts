import type { ExportArticle } from '@pactum/shared';

/**
 * eIds follow the Akoma Ntoso naming convention: position-based, so
 * `art_7` is "Article 7" of this text and moves with renumbering. The
 * clause's own identity, which survives renumbering, goes into `GUID` and
 * the proprietary metadata. A removed article of a compare keeps the number
 * it had in the older text, which the newer text may use again.
 */
export function articleEid(article: Pick<ExportArticle, 'number' | 'comparison'>): string {
  return article.comparison === 'removed' ? `art_${article.number}_removed` : `art_${article.number}`;
}

/** The references entry of a delegation; prefixed so no party code can take a fixed eId such as `pactum`. */
export function organizationEid(code: string): string {
  return `org_${code.toLowerCase().replace(/[^a-z0-9]/g, '_')}`;
}
