import type * as Y from 'yjs';
import {
  AGREEMENT_ROOTS,
  AgreementRoot,
  type Bracket,
  type ClauseComment,
  type ClauseOption,
  type Reservation,
  type SignOff,
} from './agreementLayout.ts';
import type { ConcordanceRecord } from './concordance.ts';

/** Everything the workflow holds about one clause. */
export interface ClauseRecord {
  signoffs: SignOff[];
  brackets: Bracket[];
  options: ClauseOption[];
  comments: ClauseComment[];
  reservations: Reservation[];
  /** The last confirmation of concordance, if any (one per clause). */
  concordance: ConcordanceRecord[];
}

export type AgreementRecords = Map<string, ClauseRecord>;

export function agreementMaps(doc: Y.Doc): Record<AgreementRoot, Y.Map<unknown>> {
  return Object.fromEntries(AGREEMENT_ROOTS.map((root) => [root, doc.getMap(root)])) as Record<
    AgreementRoot,
    Y.Map<unknown>
  >;
}

/** What the workflow holds about a clause nobody has acted on. */
export const emptyClauseRecord = (): ClauseRecord => ({
  signoffs: [],
  brackets: [],
  options: [],
  comments: [],
  reservations: [],
  concordance: [],
});

const RECORD_FIELD: Record<AgreementRoot, keyof ClauseRecord> = {
  [AgreementRoot.signoffs]: 'signoffs',
  [AgreementRoot.brackets]: 'brackets',
  [AgreementRoot.options]: 'options',
  [AgreementRoot.comments]: 'comments',
  [AgreementRoot.reservations]: 'reservations',
  [AgreementRoot.concordance]: 'concordance',
};

/**
 * The workflow records of every clause, oldest first. Only the server writes
 * these maps; entries without a clause id are skipped all the same.
 */
export function readAgreement(doc: Y.Doc): AgreementRecords {
  const records: AgreementRecords = new Map();
  const maps = agreementMaps(doc);
  for (const root of AGREEMENT_ROOTS) {
    const field = RECORD_FIELD[root];
    for (const value of maps[root].values()) {
      if (typeof value !== 'object' || value === null) continue;
      const clauseId = (value as { clauseId?: unknown }).clauseId;
      if (typeof clauseId !== 'string') continue;
      let record = records.get(clauseId);
      if (!record) {
        record = emptyClauseRecord();
        records.set(clauseId, record);
      }
      (record[field] as unknown[]).push(value);
    }
  }
  for (const record of records.values()) {
    for (const list of Object.values(record) as Array<Array<{ at: string }>>) {
      list.sort((a, b) => a.at.localeCompare(b.at));
    }
    record.options.sort((a, b) => a.label.localeCompare(b.label));
  }
  return records;
}

export function recordOf(records: AgreementRecords, clauseId: string): ClauseRecord {
  return records.get(clauseId) ?? emptyClauseRecord();
}
