import type { ClauseState, TreatyJSON, VersionMeta } from '@pactum/shared';

export type { VersionMeta };

export type VersionKind = VersionMeta['kind'];

export interface NewVersion extends Omit<VersionMeta, 'clauseCount'> {
  treatyId: string;
  state: Uint8Array;
  treaty: TreatyJSON;
}

/** One entry of a clause's history: the state it had at a version, and who had edited it since. */
export interface HistoryRow {
  clauseId: string;
  versionId: string;
  hash: string;
  recordedAt: string;
  editors: string[];
  /** The clause was no longer in the text at this version. */
  removed: boolean;
}

/** The latest recorded state of one clause. */
export interface LatestClauseState {
  clauseId: string;
  hash: string;
  removed: boolean;
}

/**
 * Named versions and checkpoints (full Yjs state and the treaty JSON), and the
 * per-clause history: each distinct clause state once, by content hash.
 */
export interface VersionRepository {
  /** Stores `version`, the clause states it introduces (hash → canonical content) and its history rows. */
  add(version: NewVersion, states: Map<string, string>, history: HistoryRow[]): Promise<void>;
  latestClauseStates(treatyId: string): Promise<LatestClauseState[]>;
  list(treatyId: string): Promise<VersionMeta[]>;
  meta(treatyId: string, id: string): Promise<VersionMeta | undefined>;
  treaty(treatyId: string, id: string): Promise<TreatyJSON | undefined>;
  /** The full Yjs state stored with a version (text, tags and agreement records). */
  state(treatyId: string, id: string): Promise<Uint8Array | undefined>;
  /** Deletes all but the newest `keep` checkpoints; named versions and clause history stay. */
  pruneCheckpoints(treatyId: string, keep: number): Promise<number>;
  history(treatyId: string, clauseId: string): Promise<Array<HistoryRow & { state: ClauseState }>>;
}
