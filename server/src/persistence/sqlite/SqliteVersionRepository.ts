import type { ClauseState, TreatyJSON, VersionMeta } from '@pactum/shared';
import type Database from 'better-sqlite3';
import type {
  HistoryRow,
  LatestClauseState,
  NewVersion,
  VersionKind,
  VersionRepository,
} from '../VersionRepository.ts';
import type { SqliteRun } from './SqliteRun.ts';

interface VersionRow {
  id: string;
  kind: VersionKind;
  name: string | null;
  note: string | null;
  created_at: string;
  created_by: string | null;
  clause_count: number;
}

const toMeta = (row: VersionRow): VersionMeta => ({
  id: row.id,
  kind: row.kind,
  name: row.name,
  note: row.note,
  createdAt: row.created_at,
  createdBy: row.created_by,
  clauseCount: row.clause_count,
});

const COLUMNS = 'id, kind, name, note, created_at, created_by, clause_count';

/** Versions, checkpoints and clause history in SQLite. */
export class SqliteVersionRepository implements VersionRepository {
  readonly #s;

  constructor(
    private readonly db: Database.Database,
    private readonly run: SqliteRun,
  ) {
    this.#s = {
      insertVersion: db.prepare(
        `INSERT INTO versions (${COLUMNS}, treaty_id, state, treaty_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      list: db.prepare(
        `SELECT ${COLUMNS} FROM versions WHERE treaty_id = ? ORDER BY created_at DESC, rowid DESC`,
      ),
      meta: db.prepare(`SELECT ${COLUMNS} FROM versions WHERE treaty_id = ? AND id = ?`),
      treatyJson: db.prepare('SELECT treaty_json FROM versions WHERE treaty_id = ? AND id = ?').pluck(),
      versionState: db.prepare('SELECT state FROM versions WHERE treaty_id = ? AND id = ?').pluck(),
      oldCheckpoints: db
        .prepare(
          `SELECT id FROM versions WHERE treaty_id = ? AND kind = 'checkpoint' ORDER BY created_at DESC, rowid DESC LIMIT -1 OFFSET ?`,
        )
        .pluck(),
      deleteVersion: db.prepare('DELETE FROM versions WHERE id = ?'),
      insertState: db.prepare('INSERT OR IGNORE INTO clause_states (hash, content) VALUES (?, ?)'),
      state: db.prepare('SELECT content FROM clause_states WHERE hash = ?').pluck(),
      latestPerClause: db.prepare(
        `SELECT clause_id, hash, removed FROM clause_history h WHERE treaty_id = ?
         AND seq = (SELECT max(seq) FROM clause_history WHERE treaty_id = h.treaty_id AND clause_id = h.clause_id)`,
      ),
      insertHistory: db.prepare(
        'INSERT INTO clause_history (treaty_id, clause_id, version_id, hash, recorded_at, editors, removed) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      history: db.prepare(
        'SELECT clause_id, version_id, hash, recorded_at, editors, removed FROM clause_history WHERE treaty_id = ? AND clause_id = ? ORDER BY seq',
      ),
    };
  }

  add(version: NewVersion, states: Map<string, string>, history: HistoryRow[]): Promise<void> {
    return this.run(() =>
      this.db.transaction(() => {
        this.#s.insertVersion.run(
          version.id,
          version.kind,
          version.name,
          version.note,
          version.createdAt,
          version.createdBy,
          version.treaty.clauses.length,
          version.treatyId,
          version.state,
          JSON.stringify(version.treaty),
        );
        for (const [hash, content] of states) this.#s.insertState.run(hash, content);
        for (const row of history) {
          this.#s.insertHistory.run(
            version.treatyId,
            row.clauseId,
            row.versionId,
            row.hash,
            row.recordedAt,
            JSON.stringify(row.editors),
            row.removed ? 1 : 0,
          );
        }
      })(),
    );
  }

  latestClauseStates(treatyId: string): Promise<LatestClauseState[]> {
    return this.run(() =>
      (
        this.#s.latestPerClause.all(treatyId) as Array<{ clause_id: string; hash: string; removed: number }>
      ).map((row) => ({ clauseId: row.clause_id, hash: row.hash, removed: row.removed === 1 })),
    );
  }

  list(treatyId: string): Promise<VersionMeta[]> {
    return this.run(() => (this.#s.list.all(treatyId) as VersionRow[]).map(toMeta));
  }

  meta(treatyId: string, id: string): Promise<VersionMeta | undefined> {
    return this.run(() => {
      const row = this.#s.meta.get(treatyId, id) as VersionRow | undefined;
      return row && toMeta(row);
    });
  }

  treaty(treatyId: string, id: string): Promise<TreatyJSON | undefined> {
    return this.run(() => {
      const json = this.#s.treatyJson.get(treatyId, id) as string | undefined;
      return json === undefined ? undefined : (JSON.parse(json) as TreatyJSON);
    });
  }

  state(treatyId: string, id: string): Promise<Uint8Array | undefined> {
    return this.run(() => {
      const state = this.#s.versionState.get(treatyId, id) as Buffer | undefined;
      return state === undefined ? undefined : new Uint8Array(state);
    });
  }

  pruneCheckpoints(treatyId: string, keep: number): Promise<number> {
    return this.run(() => {
      const ids = this.#s.oldCheckpoints.all(treatyId, keep) as string[];
      this.db.transaction(() => {
        for (const id of ids) this.#s.deleteVersion.run(id);
      })();
      return ids.length;
    });
  }

  history(treatyId: string, clauseId: string): Promise<Array<HistoryRow & { state: ClauseState }>> {
    return this.run(() => {
      const rows = this.#s.history.all(treatyId, clauseId) as Array<{
        clause_id: string;
        version_id: string;
        hash: string;
        recorded_at: string;
        editors: string;
        removed: number;
      }>;
      return rows.map((row) => ({
        clauseId: row.clause_id,
        versionId: row.version_id,
        hash: row.hash,
        recordedAt: row.recorded_at,
        editors: JSON.parse(row.editors) as string[],
        removed: row.removed === 1,
        state: JSON.parse(this.#s.state.get(row.hash) as string) as ClauseState,
      }));
    });
  }
}
