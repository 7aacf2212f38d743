import type { ClauseState, TreatyJSON, VersionMeta } from '@pactum/shared';

export type { VersionMeta };

import type Database from 'better-sqlite3';

export type VersionKind = VersionMeta['kind'];

export interface NewVersion extends Omit<VersionMeta, 'clauseCount'> {
  treatyId: string;
  state: Uint8Array;
  treaty: TreatyJSON;
}

export interface HistoryRow {
  clauseId: string;
  versionId: string;
  hash: string;
  recordedAt: string;
  editors: string[];
  /** The clause was no longer in the text at this version. */
  removed: boolean;
}

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

/**
 * Named versions and automatic checkpoints of treaties (full Yjs state plus
 * the treaty JSON at that moment), and the per-clause history: each distinct
 * state of a clause once (by content hash), and when it was seen with whom.
 */
export class VersionStore {
  readonly #statements;

  constructor(private readonly db: Database.Database) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS versions (
        id TEXT PRIMARY KEY,
        treaty_id TEXT NOT NULL REFERENCES treaties(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('named', 'checkpoint')),
        name TEXT,
        note TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT,
        clause_count INTEGER NOT NULL,
        state BLOB NOT NULL,
        treaty_json TEXT NOT NULL
      ) STRICT;
      CREATE INDEX IF NOT EXISTS versions_by_treaty ON versions (treaty_id, created_at);
      CREATE TABLE IF NOT EXISTS clause_states (
        hash TEXT PRIMARY KEY,
        content TEXT NOT NULL
      ) STRICT;
      CREATE TABLE IF NOT EXISTS clause_history (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        treaty_id TEXT NOT NULL REFERENCES treaties(id) ON DELETE CASCADE,
        clause_id TEXT NOT NULL,
        version_id TEXT NOT NULL,
        hash TEXT NOT NULL REFERENCES clause_states(hash),
        recorded_at TEXT NOT NULL,
        editors TEXT NOT NULL,
        removed INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX IF NOT EXISTS clause_history_by_clause ON clause_history (treaty_id, clause_id, seq);
    `);
    const columns = 'id, kind, name, note, created_at, created_by, clause_count';
    this.#statements = {
      insertVersion: db.prepare(
        `INSERT INTO versions (${columns}, treaty_id, state, treaty_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      list: db.prepare(
        `SELECT ${columns} FROM versions WHERE treaty_id = ? ORDER BY created_at DESC, rowid DESC`,
      ),
      meta: db.prepare(`SELECT ${columns} FROM versions WHERE treaty_id = ? AND id = ?`),
      treatyJson: db.prepare('SELECT treaty_json FROM versions WHERE treaty_id = ? AND id = ?').pluck(),
      versionState: db.prepare('SELECT state FROM versions WHERE treaty_id = ? AND id = ?').pluck(),
      oldCheckpoints: db.prepare(
        `SELECT id FROM versions WHERE treaty_id = ? AND kind = 'checkpoint' ORDER BY created_at DESC, rowid DESC LIMIT -1 OFFSET ?`,
      ),
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

  /**
   * Stores a version and, in the same transaction, a history entry for each
   * clause whose state differs from its last recorded one. `states` maps
   * clauseId → [hash, canonical content]; `editors` names who edited which clause since.
   */
  add(
    version: NewVersion,
    states: Map<string, [hash: string, content: string]>,
    editors: Map<string, string[]>,
    /** Written in the same transaction (the version's audit entry). */
    alongside?: () => void,
  ): void {
    const s = this.#statements;
    this.db.transaction(() => {
      s.insertVersion.run(
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
      const latest = new Map(
        (
          s.latestPerClause.all(version.treatyId) as Array<{
            clause_id: string;
            hash: string;
            removed: number;
          }>
        ).map((row) => [row.clause_id, row]),
      );
      const record = (clauseId: string, hash: string, removed: boolean) =>
        s.insertHistory.run(
          version.treatyId,
          clauseId,
          version.id,
          hash,
          version.createdAt,
          JSON.stringify(editors.get(clauseId) ?? []),
          removed ? 1 : 0,
        );
      for (const [clauseId, [hash, content]] of states) {
        const last = latest.get(clauseId);
        if (last && last.hash === hash && !last.removed) continue;
        s.insertState.run(hash, content);
        record(clauseId, hash, false);
      }
      for (const [clauseId, last] of latest) {
        if (!states.has(clauseId) && !last.removed) record(clauseId, last.hash, true);
      }
      alongside?.();
    })();
  }

  list(treatyId: string): VersionMeta[] {
    return (this.#statements.list.all(treatyId) as VersionRow[]).map(toMeta);
  }

  meta(treatyId: string, id: string): VersionMeta | undefined {
    const row = this.#statements.meta.get(treatyId, id) as VersionRow | undefined;
    return row && toMeta(row);
  }

  treaty(treatyId: string, id: string): TreatyJSON | undefined {
    const json = this.#statements.treatyJson.get(treatyId, id) as string | undefined;
    return json === undefined ? undefined : (JSON.parse(json) as TreatyJSON);
  }

  /** The full Yjs state stored with a version (text, tags and agreement records). */
  state(treatyId: string, id: string): Uint8Array | undefined {
    const state = this.#statements.versionState.get(treatyId, id) as Buffer | undefined;
    return state === undefined ? undefined : new Uint8Array(state);
  }

  /** Deletes all but the newest `keep` checkpoints; named versions and clause history stay. */
  pruneCheckpoints(treatyId: string, keep: number): number {
    const ids = this.#statements.oldCheckpoints.pluck().all(treatyId, keep) as string[];
    this.db.transaction(() => {
      for (const id of ids) this.#statements.deleteVersion.run(id);
    })();
    return ids.length;
  }

  history(treatyId: string, clauseId: string): Array<HistoryRow & { state: ClauseState }> {
    const rows = this.#statements.history.all(treatyId, clauseId) as Array<{
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
      state: JSON.parse(this.#statements.state.get(row.hash) as string) as ClauseState,
    }));
  }
}
