import type { TreatySummary } from '@pactum/shared';

/** A `treaties` row's summary columns as both backends return them. */
export interface TreatyRow {
  id: string;
  title: string;
  clause_count: number;
  updated_at: string;
}

export const toSummary = (row: TreatyRow): TreatySummary => ({
  id: row.id,
  title: row.title,
  clauseCount: row.clause_count,
  updatedAt: row.updated_at,
});
