import crypto from 'node:crypto';
import type { TreatySummary } from '@pactum/shared';
import { type TreatyRow, toSummary } from '../rows/treatyRows.ts';
import type { PendingUpdate, StoredUpdate, SummaryChange, TreatyLog } from '../TreatyLog.ts';
import { LOCK_PURPOSE, treatyLockKey } from './advisoryLockKey.ts';
import type { PostgresSession } from './PostgresSession.ts';
import { fromStoredForm, type StoredUpdateForm, toStoredForm } from './storedUpdate.ts';

const SUMMARY = 'SELECT id, title, clause_count, updated_at FROM treaties';
const INSERT_UPDATE =
  'INSERT INTO treaty_updates (treaty_id, data, compressed) VALUES ($1, $2, $3) RETURNING seq';

/**
 * Treaties and their update logs in Postgres. Compaction deletes exactly the
 * rows it merged, and only one connection compacts a treaty at a time.
 */
export class PostgresTreatyLog implements TreatyLog {
  constructor(private readonly session: PostgresSession) {}

  async create(
    id: string,
    summary: Omit<SummaryChange, 'treatyId'>,
    initialState: Uint8Array,
  ): Promise<void> {
    const initial = await toStoredForm(initialState);
    return this.session.atomically(async (session) => {
      const now = new Date().toISOString();
      await session.query(
        'INSERT INTO treaties (id, title, clause_count, created_at, updated_at, epoch) VALUES ($1, $2, $3, $4, $4, $5)',
        [id, summary.title, summary.clauseCount, now, newEpoch()],
      );
      await session.query(INSERT_UPDATE, [id, initial.data, initial.compressed]);
    });
  }

  async exists(id: string): Promise<boolean> {
    const { rows } = await this.session.query('SELECT 1 FROM treaties WHERE id = $1', [id]);
    return rows.length > 0;
  }

  async count(): Promise<number> {
    const { rows } = await this.session.query<{ n: string }>('SELECT count(*) AS n FROM treaties');
    return Number(rows[0]?.n);
  }

  async list(): Promise<TreatySummary[]> {
    const { rows } = await this.session.query<TreatyRow>(`${SUMMARY} ORDER BY updated_at DESC, id`);
    return rows.map(toSummary);
  }

  async summary(id: string): Promise<TreatySummary | undefined> {
    const { rows } = await this.session.query<TreatyRow>(`${SUMMARY} WHERE id = $1`, [id]);
    return rows[0] && toSummary(rows[0]);
  }

  async load(id: string): Promise<StoredUpdate[]> {
    const { rows } = await this.session.query<StoredUpdateForm & { seq: string }>(
      'SELECT seq, data, compressed FROM treaty_updates WHERE treaty_id = $1 ORDER BY seq',
      [id],
    );
    return rows.map((row) => ({ seq: Number(row.seq), data: fromStoredForm(row) }));
  }

  async append(updates: PendingUpdate[], summaries: SummaryChange[]): Promise<number[]> {
    // Deflated before the transaction, so that no connection waits on it.
    const stored = await Promise.all(updates.map(({ update }) => toStoredForm(update)));
    return this.session.atomically(async (session) => {
      const now = new Date().toISOString();
      const seqs: number[] = [];
      for (const [i, { treatyId }] of updates.entries()) {
        const { data, compressed } = stored[i] as StoredUpdateForm;
        const { rows } = await session.query<{ seq: string }>(INSERT_UPDATE, [treatyId, data, compressed]);
        seqs.push(Number(rows[0]?.seq));
      }
      for (const { treatyId, title, clauseCount } of summaries) {
        await session.query(
          'UPDATE treaties SET title = $1, clause_count = $2, updated_at = $3 WHERE id = $4',
          [title, clauseCount, now, treatyId],
        );
      }
      return seqs;
    });
  }

  async compact(id: string, state: Uint8Array, merged: readonly number[]): Promise<number | null> {
    const compacted = await toStoredForm(state);
    return this.session.atomically(async (session) => {
      const { rows: lock } = await session.query<{ locked: boolean }>(
        'SELECT pg_try_advisory_xact_lock($1, $2) AS locked',
        treatyLockKey(LOCK_PURPOSE.compaction, id),
      );
      if (!lock[0]?.locked) return null;
      await session.query('DELETE FROM treaty_updates WHERE treaty_id = $1 AND seq = ANY($2::bigint[])', [
        id,
        merged,
      ]);
      const { rows } = await session.query<{ seq: string }>(INSERT_UPDATE, [
        id,
        compacted.data,
        compacted.compressed,
      ]);
      return Number(rows[0]?.seq);
    });
  }

  async epochOf(id: string): Promise<string | undefined> {
    const { rows } = await this.session.query<{ epoch: string }>('SELECT epoch FROM treaties WHERE id = $1', [
      id,
    ]);
    return rows[0]?.epoch;
  }

  async renewEpoch(id: string): Promise<string> {
    const epoch = newEpoch();
    const { rowCount } = await this.session.query('UPDATE treaties SET epoch = $1 WHERE id = $2', [
      epoch,
      id,
    ]);
    if (rowCount !== 1) throw new Error(`no treaty ${id}`);
    return epoch;
  }
}

function newEpoch(): string {
  return crypto.randomBytes(16).toString('hex');
}
