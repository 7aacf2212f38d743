import { z } from 'zod';
import { CompareQuery, VersionRef } from './api.ts';
import type { ClauseState } from './clauseState.ts';
import type { LanguageComparison } from './compare/compareLanguages.ts';
import type { TreatyComparison } from './compare/compareTreaties.ts';

const LanguageParam = z
  .string('must be a language code such as "uk"')
  .regex(/^[a-z]{2}$/, 'must be a language code such as "uk"');

/** `?lang=uk`: the language to read a treaty in; the treaty's first when left out. */
export const LanguageQuery = z.object({ lang: LanguageParam.optional() });

/**
 * `GET /api/treaties/:id/compare-languages` query: which text (a version or
 * `live`, the default) and which two languages (the treaty's first two by default).
 */
export const LanguagePairQuery = z.object({
  at: VersionRef.default('live'),
  left: LanguageParam.optional(),
  right: LanguageParam.optional(),
});

/** `GET /api/treaties/:id/compare` query: the two sides and the language. */
export const VersionCompareQuery = CompareQuery.extend(LanguageQuery.shape);

/** A named version or an automatic checkpoint, as `GET …/versions` lists it. */
export interface VersionMeta {
  id: string;
  kind: 'named' | 'checkpoint';
  name: string | null;
  note: string | null;
  /** ISO 8601. */
  createdAt: string;
  /** "Name · Delegation". */
  createdBy: string | null;
  clauseCount: number;
}

/** `GET /api/treaties/:id/versions`, newest first. */
export interface VersionLists {
  named: VersionMeta[];
  checkpoints: VersionMeta[];
}

/** `GET /api/treaties/:id/compare`. */
export interface VersionComparison extends TreatyComparison {
  from: VersionMeta | { id: 'live' };
  to: VersionMeta | { id: 'live' };
}

/** `GET /api/treaties/:id/compare-languages`. */
export interface VersionLanguageComparison extends LanguageComparison {
  at: VersionMeta | { id: 'live' };
}

/** `GET …/clauses/:clauseId/history`: the states that differ in `lang`, oldest first. */
export interface ClauseHistory {
  clauseId: string;
  lang: string;
  states: HistoryState[];
}

/** One distinct state of a clause, as a version recorded it, read in the history's language. */
export interface HistoryState extends ClauseState {
  /** The language of `heading`, `text` and `body`. */
  lang: string;
  versionId: string;
  /** Null once the version has been pruned (old checkpoints). */
  versionKind: 'named' | 'checkpoint' | null;
  versionName: string | null;
  recordedAt: string;
  /** Delegations that edited the clause since the previous version. */
  editors: string[];
  /** The clause was no longer in the text at this version. */
  removed: boolean;
  hash: string;
}
