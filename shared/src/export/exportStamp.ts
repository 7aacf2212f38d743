import { sha256Hex } from '../agreement/clauseContentHash.ts';
import { canonicalJSON } from '../canonicalJSON.ts';
import type { ExportDocument } from './exportModel.ts';

/** The marker a stamped file carries, so a verifier finds the hash in the file. */
export const STAMP_PREFIX = 'pactum-stamp:sha256:';

/** What of an export its stamp covers: everything but when, from which version and in which file format. */
export type StampedText = Omit<
  ExportDocument,
  'stamp' | 'exportedAt' | 'versionName' | 'versionId' | 'comparedWith' | 'checkpointAt'
>;

/**
 * SHA-256 over the canonical form of the texts a file holds, in the order it
 * holds them (one, or two side by side): for each its language, scope, title,
 * parties, preamble, and per article its identity, number, label, heading,
 * text with formatting, status, brackets, options, reservations and tags,
 * and which articles were left out as still open. Not the export time, the
 * version's name or the file format: the same text always gets the same
 * stamp, and the same text in another language, or with a second language
 * beside it, another one.
 */
export function exportStamp(...texts: StampedText[]): string {
  return sha256Hex(
    canonicalJSON({
      format: 'pactum-export/2',
      texts: texts.map((text) => ({
        lang: text.lang,
        scope: text.scope,
        title: text.title,
        parties: text.parties,
        preamble: text.preamble,
        articles: text.articles,
        openArticles: text.openArticles,
      })),
    }),
  );
}
