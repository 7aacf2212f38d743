import type { ClauseState } from './clauseState.ts';
import type { TreatyComparison } from './compare/compareTreaties.ts';

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

/** One distinct state of a clause, as a version recorded it (`GET …/clauses/:clauseId/history`). */
export interface HistoryState extends ClauseState {
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
