import { sha256Hex } from '../agreement/clauseContentHash.ts';
import { canonicalJSON } from '../canonicalJSON.ts';
import type { ExportDocument } from './exportModel.ts';

/** The marker a stamped file carries, so a verifier finds the hash in the file. */
export const STAMP_PREFIX = 'pactum-stamp:sha256:';

/**
 * SHA-256 over the canonical form of what an export contains: scope, title,
 * parties, preamble, and per article its identity, number, heading, text
 * with formatting, status, brackets, options, reservations and tags, and
 * which articles were left out as still open. Not the export time, the
 * version's name or the file format: the same text always gets the same stamp.
 */
export function exportStamp(
  document: Omit<ExportDocument, 'stamp' | 'exportedAt' | 'versionName' | 'versionId' | 'comparedWith'>,
): string {
  return sha256Hex(
    canonicalJSON({
      format: 'pactum-export/1',
      scope: document.scope,
      title: document.title,
      parties: document.parties,
      preamble: document.preamble,
      articles: document.articles,
      openArticles: document.openArticles,
    }),
  );
}
