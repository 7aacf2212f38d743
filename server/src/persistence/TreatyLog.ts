import type { TreatySummary } from '@pactum/shared';

/** One stored row of a treaty's update log; the document is the merge of all of them. */
export interface StoredUpdate {
  /** Increases with every row appended to the store (gaps allowed); names the row for compaction. */
  seq: number;
  data: Uint8Array;
}

export interface PendingUpdate {
  treatyId: string;
  update: Uint8Array;
}

export interface SummaryChange {
  treatyId: string;
  title: string;
  clauseCount: number;
}

/** Treaties and the append-only Yjs update log of each. */
export interface TreatyLog {
  create(id: string, summary: Omit<SummaryChange, 'treatyId'>, initialState: Uint8Array): Promise<void>;
  exists(id: string): Promise<boolean>;
  count(): Promise<number>;
  /** Every treaty, most recently changed first. */
  list(): Promise<TreatySummary[]>;
  summary(id: string): Promise<TreatySummary | undefined>;
  /** The update rows of `id`, in the order they were appended. */
  load(id: string): Promise<StoredUpdate[]>;
  /** Appends `updates` and sets `summaries`; returns the seq of each update's row, in order. */
  append(updates: PendingUpdate[], summaries: SummaryChange[]): Promise<number[]>;
  /**
   * Replaces the rows `merged` of `id` by the single `state` (which must contain
   * every one of them) and returns the new row's seq. Rows appended meanwhile
   * by anyone else are left alone. Returns null, changing nothing, while
   * another process is compacting the same treaty.
   */
  compact(id: string, state: Uint8Array, merged: readonly number[]): Promise<number | null>;
  /**
   * The identity of the treaty's document: browsers keep their local copy
   * under it and never merge a copy made under another one.
   */
  epochOf(id: string): Promise<string | undefined>;
  /** A new epoch, for when the document was replaced (a restore): older local copies no longer merge. */
  renewEpoch(id: string): Promise<string>;
}
