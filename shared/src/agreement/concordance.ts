import { canonicalJSON } from '../canonicalJSON.ts';
import { clauseTextsOf } from '../languages/clauseTexts.ts';
import type { ClauseLanguageText, ClauseText } from '../treatyModel.ts';
import type { Actor } from './agreementLayout.ts';
import { sha256Hex } from './clauseContentHash.ts';

/**
 * Whether an article's language texts say the same thing (Vienna Convention,
 * Art. 33): derived from the texts and the last confirmation, never typed.
 * - `incomplete`: a language has no body text yet;
 * - `unconfirmed`: nobody has confirmed these texts concordant;
 * - `outdated`: a language's text changed since the confirmation;
 * - `concordant`: every text is the one confirmed. A treaty with one
 *   language has nothing to compare, so its articles are concordant.
 */
export const ConcordanceStatus = {
  concordant: 'concordant',
  outdated: 'outdated',
  incomplete: 'incomplete',
  unconfirmed: 'unconfirmed',
} as const;
export type ConcordanceStatus = (typeof ConcordanceStatus)[keyof typeof ConcordanceStatus];
export const CONCORDANCE_STATUSES: readonly ConcordanceStatus[] = Object.values(ConcordanceStatus);

/** An article's text in one language as it was confirmed, to show what changed since. */
export interface ConfirmedText {
  heading: string;
  text: string;
}

/** Root map `concordance`, key clauseId: the last confirmation (the audit log keeps the earlier ones). */
export interface ConcordanceRecord {
  clauseId: string;
  by: Actor;
  /** ISO 8601. */
  at: string;
  /** SHA-256 of each language's text ({@link languageTextHash}) when confirmed. */
  hashes: Record<string, string>;
  texts: Record<string, ConfirmedText>;
}

export interface ClauseConcordance {
  status: ConcordanceStatus;
  /** Languages whose text changed since the confirmation (or that it did not cover), in treaty order. */
  changed: string[];
  /** Languages without a body text, in treaty order. */
  empty: string[];
  confirmed?: Pick<ConcordanceRecord, 'by' | 'at' | 'texts'>;
}

/** SHA-256 of one language's heading and rich body: what a confirmation of concordance binds to. */
export function languageTextHash({ heading, body }: Pick<ClauseLanguageText, 'heading' | 'body'>): string {
  return sha256Hex(canonicalJSON({ heading, body }));
}

type ReadClause = Pick<ClauseText, 'clauseId' | 'heading' | 'text' | 'body' | 'lang' | 'texts'>;

/** The record that confirms `clause`'s texts, in every language it has, concordant now. */
export function concordanceRecord(clause: ReadClause, by: Actor, at: string): ConcordanceRecord {
  const texts = [...clauseTextsOf(clause, clause.lang)];
  return {
    clauseId: clause.clauseId,
    by,
    at,
    hashes: Object.fromEntries(texts.map(([lang, text]) => [lang, languageTextHash(text)])),
    texts: Object.fromEntries(texts.map(([lang, { heading, text }]) => [lang, { heading, text }])),
  };
}

/** Where `clause`'s language texts stand against its last confirmation. */
export function clauseConcordance(
  clause: ReadClause,
  record: ConcordanceRecord | undefined,
): ClauseConcordance {
  const texts = [...clauseTextsOf(clause, clause.lang)];
  const confirmed = record ? { by: record.by, at: record.at, texts: record.texts } : undefined;
  if (texts.length < 2) return { status: ConcordanceStatus.concordant, changed: [], empty: [], confirmed };
  const empty = texts.filter(([, text]) => text.text.trim() === '').map(([lang]) => lang);
  const changed = record
    ? texts.filter(([lang, text]) => record.hashes[lang] !== languageTextHash(text)).map(([lang]) => lang)
    : [];
  let status: ConcordanceStatus = ConcordanceStatus.concordant;
  if (empty.length > 0) status = ConcordanceStatus.incomplete;
  else if (!record) status = ConcordanceStatus.unconfirmed;
  else if (changed.length > 0) status = ConcordanceStatus.outdated;
  return { status, changed, empty, confirmed };
}

/** `GET /api/treaties/:id/concordance`. */
export interface ConcordanceJSON {
  languages: string[];
  counts: Record<ConcordanceStatus, number>;
  clauses: Array<{ clauseId: string; number: number; label: string } & ClauseConcordance>;
}
