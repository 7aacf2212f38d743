import crypto from 'node:crypto';
import type { TreatySummary } from '@pactum/shared';
import type Database from 'better-sqlite3';
import { type TreatyRow, toSummary } from '../rows/treatyRows.ts';
import type { PendingUpdate, StoredUpdate, SummaryChange, TreatyLog } from '../TreatyLog.ts';
import type { SqliteRun } from './SqliteRun.ts';

/** Treaties and their update logs in SQLite; compaction deletes exactly the rows it merged. */
export class SqliteTreatyLog implements TreatyLog {
  readonly #s;

  constructor(
    private readonly db: Database.Database,
    private readonly run: SqliteRun,
  ) {
    this.#s = {
      insertTreaty: db.prepare(
        'INSERT INTO treaties (id, title, clause_count, created_at, updated_at, epoch) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      exists: db.prepare('SELECT 1 FROM treaties WHERE id = ?').pluck(),
      count: db.prepare('SELECT count(*) FROM treaties').pluck(),
      list: db.prepare(
        'SELECT id, title, clause_count, updated_at FROM treaties ORDER BY updated_at DESC, id',
      ),
      summary: db.prepare('SELECT id, title, clause_count, updated_at FROM treaties WHERE id = ?'),
      updates: db.prepare('SELECT seq, data FROM treaty_updates WHERE treaty_id = ? ORDER BY seq'),
      insertUpdate: db.prepare('INSERT INTO treaty_updates (treaty_id, data) VALUES (?, ?)'),
      deleteRow: db.prepare('DELETE FROM treaty_updates WHERE treaty_id = ? AND seq = ?'),
      setSummary: db.prepare('UPDATE treaties SET title = ?, clause_count = ?, updated_at = ? WHERE id = ?'),
      epoch: db.prepare('SELECT epoch FROM treaties WHERE id = ?').pluck(),
      setEpoch: db.prepare('UPDATE treaties SET epoch = ? WHERE id = ?'),
    };
  }

  create(id: string, summary: Omit<SummaryChange, 'treatyId'>, initialState: Uint8Array): Promise<void> {
    return this.run(() => {
      const now = new Date().toISOString();
      this.db.transaction(() => {
        this.#s.insertTreaty.run(id, summary.title, summary.clauseCount, now, now, newEpoch());
        this.#s.insertUpdate.run(id, initialState);
      })();
    });
  }

  exists(id: string): Promise<boolean> {
    return this.run(() => this.#s.exists.get(id) === 1);
  }

  count(): Promise<number> {
    return this.run(() => this.#s.count.get() as number);
  }

  list(): Promise<TreatySummary[]> {
    return this.run(() => (this.#s.list.all() as TreatyRow[]).map(toSummary));
  }

  summary(id: string): Promise<TreatySummary | undefined> {
    return this.run(() => {
      const row = this.#s.summary.get(id) as TreatyRow | undefined;
      return row && toSummary(row);
    });
  }

  load(id: string): Promise<StoredUpdate[]> {
    return this.run(() =>
      (this.#s.updates.all(id) as Array<{ seq: number; data: Buffer }>).map(({ seq, data }) => ({
        seq,
        data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
      })),
    );
  }

  append(updates: PendingUpdate[], summaries: SummaryChange[]): Promise<number[]> {
    return this.run(() => {
      const now = new Date().toISOString();
      return this.db.transaction(() => {
        const seqs = updates.map(({ treatyId, update }) =>
          Number(this.#s.insertUpdate.run(treatyId, update).lastInsertRowid),
        );
        for (const { treatyId, title, clauseCount } of summaries)
          this.#s.setSummary.run(title, clauseCount, now, treatyId);
        return seqs;
      })();
    });
  }

  compact(id: string, state: Uint8Array, merged: readonly number[]): Promise<number | null> {
    return this.run(() =>
      this.db.transaction(() => {
        for (const seq of merged) this.#s.deleteRow.run(id, seq);
        return Number(this.#s.insertUpdate.run(id, state).lastInsertRowid);
      })(),
    );
  }

  epochOf(id: string): Promise<string | undefined> {
    return this.run(() => this.#s.epoch.get(id) as string | undefined);
  }

  renewEpoch(id: string): Promise<string> {
    return this.run(() => {
      const epoch = newEpoch();
      if (this.#s.setEpoch.run(epoch, id).changes !== 1) throw new Error(`no treaty ${id}`);
      return epoch;
    });
  }
}

function newEpoch(): string {
  return crypto.randomBytes(16).toString('hex');
}
