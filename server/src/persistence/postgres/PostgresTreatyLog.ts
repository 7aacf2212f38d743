import crypto from 'node:crypto';
import type { TreatySummary } from '@pactum/shared';
import { type TreatyRow, toSummary } from '../rows/treatyRows.ts';
import type { PendingUpdate, StoredUpdate, SummaryChange, TreatyLog } from '../TreatyLog.ts';
import { LOCK_PURPOSE, treatyLockKey } from './advisoryLockKey.ts';
import type { PostgresSession } from './PostgresSession.ts';

const SUMMARY = 'SELECT id, title, clause_count, updated_at FROM treaties';

/**
 * Treaties and their update logs in Postgres. Compaction deletes exactly the
 * rows it merged, and only one connection compacts a treaty at a time.
 */
export class PostgresTreatyLog implements TreatyLog {
  constructor(private readonly session: PostgresSession) {}

  create(id: string, summary: Omit<SummaryChange, 'treatyId'>, initialState: Uint8Array): Promise<void> {
    return this.session.atomically(async (session) => {
      const now = new Date().toISOString();
      await session.query(
        'INSERT INTO treaties (id, title, clause_count, created_at, updated_at, epoch) VALUES ($1, $2, $3, $4, $4, $5)',
        [id, summary.title, summary.clauseCount, now, newEpoch()],
      );
      await session.query('INSERT INTO treaty_updates (treaty_id, data) VALUES ($1, $2)', [id, initialState]);
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
    const { rows } = await this.session.query<{ seq: string; data: Buffer }>(
      'SELECT seq, data FROM treaty_updates WHERE treaty_id = $1 ORDER BY seq',
      [id],
    );
    return rows.map(({ seq, data }) => ({
      seq: Number(seq),
      data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    }));
  }

  append(updates: PendingUpdate[], summaries: SummaryChange[]): Promise<number[]> {
    return this.session.atomically(async (session) => {
      const now = new Date().toISOString();
      const seqs: number[] = [];
      for (const { treatyId, update } of updates) {
        const { rows } = await session.query<{ seq: string }>(
          'INSERT INTO treaty_updates (treaty_id, data) VALUES ($1, $2) RETURNING seq',
          [treatyId, update],
        );
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

  compact(id: string, state: Uint8Array, merged: readonly number[]): Promise<number | null> {
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
      const { rows } = await session.query<{ seq: string }>(
        'INSERT INTO treaty_updates (treaty_id, data) VALUES ($1, $2) RETURNING seq',
        [id, state],
      );
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
