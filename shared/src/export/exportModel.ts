import { z } from 'zod';
import type { ClauseStatus } from '../agreement/clauseStatus.ts';
import type { Party } from '../tags/tagSchemas.ts';
import { ExportLanguages } from './exportLanguages.ts';

/**
 * What an export contains, independent of the file format: every renderer
 * (PDF, DOCX, Akoma Ntoso) writes this and nothing else, so the stamp
 * computed over it says exactly which text a file holds. Clause text is
 * data here — runs of plain characters — never markup for any renderer.
 */
export const EXPORT_SCOPES = ['agreed', 'full', 'compare'] as const;
export type ExportScope = (typeof EXPORT_SCOPES)[number];

/** A piece of text with one formatting; `change` is set only in a compare. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  change?: 'inserted' | 'deleted';
}

export type Block =
  | { kind: 'paragraph'; runs: Run[] }
  /** Each item is a list of blocks (paragraphs, nested lists). */
  | { kind: 'list'; ordered: boolean; items: Block[][] };

export interface ExportOption {
  label: string;
  paragraphs: string[];
  supporters: string[];
}

export interface ExportReservation {
  delegation: string;
  text: string;
}

/** One row of the annex table of tags, worded in the exported text's language. */
export interface ExportTags {
  domains: string[];
  /** e.g. "Armed attack on territory, severity ≥ 3, verified by the Joint Monitoring Mission, automatic". */
  trigger: string | null;
  /** e.g. "consultations within 24 h, assistance within 72 h". */
  deadlines: string | null;
  committedParties: string[];
}

export interface ExportArticle {
  clauseId: string;
  /** Derived number in the exported text (or, for a removed clause in a compare, in the older one). */
  number: number;
  /** "Article 7". */
  label: string;
  heading: string;
  blocks: Block[];
  status: ClauseStatus;
  /** Delegations holding a bracket: the text is printed between square brackets. */
  bracketedBy: string[];
  /** Alternative wordings still open. */
  options: ExportOption[];
  reservations: ExportReservation[];
  tags: ExportTags;
  /** In a compare: what happened to the clause. */
  comparison?: 'added' | 'removed' | 'moved' | 'changed' | 'renumbered' | 'unchanged';
}

/** An article left out of an `agreed` export because it is not agreed yet. */
export interface OpenArticle {
  number: number;
  label: string;
  heading: string;
  status: ClauseStatus;
}

export interface ExportDocument {
  scope: ExportScope;
  /** The language of the text (ISO 639-1): its labels, dates and fixed wording follow it. */
  lang: string;
  title: string;
  /** "Paris draft 3", or "Live text". */
  versionName: string;
  /** For a checkpoint without a name: when it was taken (files name it in their language). */
  checkpointAt?: string;
  /** A version id, or `live`; for a compare, the newer side. */
  versionId: string;
  /** For a compare: the older side. */
  comparedWith?: { versionId: string; versionName: string };
  /** ISO 8601: when the export was made. */
  exportedAt: string;
  parties: Party[];
  preamble: string[];
  articles: ExportArticle[];
  openArticles: OpenArticle[];
  /** SHA-256 of the canonical exported content ({@link exportStamp}). */
  stamp: string;
}

/** `GET /api/treaties/:id/export.{pdf,docx,akn.xml}` query. */
export const ExportQuery = z.object({
  /**
   * The language of the export, e.g. `uk`; two, e.g. `en,uk`, for a bilingual
   * PDF in parallel columns (first language on the left). Absent: the
   * treaty's first language. Whether the treaty has them is checked against it.
   */
  lang: ExportLanguages.optional(),
  scope: z.enum(EXPORT_SCOPES, `must be one of ${EXPORT_SCOPES.join(', ')}`).default('full'),
  /** A version id or `live` (agreed and full scopes). */
  version: z.string().default('live'),
  from: z.string().optional(),
  to: z.string().optional(),
  /** Add the annex (tags table, reservations) to a PDF. */
  annex: z.enum(['0', '1', 'true', 'false']).optional(),
});
export type ExportQuery = z.infer<typeof ExportQuery>;

/** `POST /api/treaties/:id/verify-export`: what the uploaded file is. */
export interface ExportVerification {
  /** The stamped hash found in the file, or null when it carries none. */
  stamp: string | null;
  /** Known exports of this treaty with that stamp (the same text may have gone out several times). */
  matches: Array<{
    versionId: string;
    versionName: string;
    scope: string;
    format: string;
    exportedAt: string;
    exportedBy: string;
    /** The languages of the file's text, in order (two for a bilingual PDF). */
    languages: string[];
  }>;
  /** One sentence for people. */
  verdict: string;
}

/**
 * Whether an article's text is printed between square brackets: in the full
 * negotiating text, every article not (yet) agreed is, as delegations expect.
 */
export function printsInBrackets(
  document: Pick<ExportDocument, 'scope'>,
  article: Pick<ExportArticle, 'status'>,
): boolean {
  return (
    document.scope === 'full' && article.status !== 'agreed' && article.status !== 'agreed ad referendum'
  );
}
