import type { ClauseState, TreatyJSON, VersionMeta } from '@pactum/shared';
import type {
  HistoryRow,
  LatestClauseState,
  NewVersion,
  VersionKind,
  VersionRepository,
} from '../VersionRepository.ts';
import type { PostgresSession } from './PostgresSession.ts';

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

/** Versions, checkpoints and clause history in Postgres. */
export class PostgresVersionRepository implements VersionRepository {
  constructor(private readonly session: PostgresSession) {}

  add(version: NewVersion, states: Map<string, string>, history: HistoryRow[]): Promise<void> {
    return this.session.atomically(async (session) => {
      await session.query(
        `INSERT INTO versions (${COLUMNS}, treaty_id, state, treaty_json) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
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
        ],
      );
      if (states.size > 0) {
        await session.query(
          `INSERT INTO clause_states (hash, content) SELECT * FROM unnest($1::text[], $2::text[])
           ON CONFLICT (hash) DO NOTHING`,
          [[...states.keys()], [...states.values()]],
        );
      }
      if (history.length > 0) {
        // Ordered by position, so the rows' seqs follow the order given, as one insert per row would.
        await session.query(
          `INSERT INTO clause_history (treaty_id, clause_id, version_id, hash, recorded_at, editors, removed)
           SELECT $1, clause_id, version_id, hash, recorded_at, editors, removed
           FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::boolean[])
             WITH ORDINALITY AS row (clause_id, version_id, hash, recorded_at, editors, removed, position)
           ORDER BY position`,
          [
            version.treatyId,
            history.map((row) => row.clauseId),
            history.map((row) => row.versionId),
            history.map((row) => row.hash),
            history.map((row) => row.recordedAt),
            history.map((row) => JSON.stringify(row.editors)),
            history.map((row) => row.removed),
          ],
        );
      }
    });
  }

  async latestClauseStates(treatyId: string): Promise<LatestClauseState[]> {
    const { rows } = await this.session.query<{ clause_id: string; hash: string; removed: boolean }>(
      `SELECT DISTINCT ON (clause_id) clause_id, hash, removed FROM clause_history
       WHERE treaty_id = $1 ORDER BY clause_id, seq DESC`,
      [treatyId],
    );
    return rows.map((row) => ({ clauseId: row.clause_id, hash: row.hash, removed: row.removed }));
  }

  async list(treatyId: string): Promise<VersionMeta[]> {
    const { rows } = await this.session.query<VersionRow>(
      `SELECT ${COLUMNS} FROM versions WHERE treaty_id = $1 ORDER BY created_at DESC, seq DESC`,
      [treatyId],
    );
    return rows.map(toMeta);
  }

  async meta(treatyId: string, id: string): Promise<VersionMeta | undefined> {
    const { rows } = await this.session.query<VersionRow>(
      `SELECT ${COLUMNS} FROM versions WHERE treaty_id = $1 AND id = $2`,
      [treatyId, id],
    );
    return rows[0] && toMeta(rows[0]);
  }

  async treaty(treatyId: string, id: string): Promise<TreatyJSON | undefined> {
    const { rows } = await this.session.query<{ treaty_json: string }>(
      'SELECT treaty_json FROM versions WHERE treaty_id = $1 AND id = $2',
      [treatyId, id],
    );
    return rows[0] && (JSON.parse(rows[0].treaty_json) as TreatyJSON);
  }

  async state(treatyId: string, id: string): Promise<Uint8Array | undefined> {
    const { rows } = await this.session.query<{ state: Buffer }>(
      'SELECT state FROM versions WHERE treaty_id = $1 AND id = $2',
      [treatyId, id],
    );
    return rows[0] && new Uint8Array(rows[0].state);
  }

  async pruneCheckpoints(treatyId: string, keep: number): Promise<number> {
    const { rowCount } = await this.session.query(
      `DELETE FROM versions WHERE id IN (
         SELECT id FROM versions WHERE treaty_id = $1 AND kind = 'checkpoint'
         ORDER BY created_at DESC, seq DESC OFFSET $2)`,
      [treatyId, keep],
    );
    return rowCount ?? 0;
  }

  async history(treatyId: string, clauseId: string): Promise<Array<HistoryRow & { state: ClauseState }>> {
    const { rows } = await this.session.query<{
      clause_id: string;
      version_id: string;
      hash: string;
      recorded_at: string;
      editors: string;
      removed: boolean;
      content: string;
    }>(
      `SELECT h.clause_id, h.version_id, h.hash, h.recorded_at, h.editors, h.removed, s.content
       FROM clause_history h JOIN clause_states s ON s.hash = h.hash
       WHERE h.treaty_id = $1 AND h.clause_id = $2 ORDER BY h.seq`,
      [treatyId, clauseId],
    );
    return rows.map((row) => ({
      clauseId: row.clause_id,
      versionId: row.version_id,
      hash: row.hash,
      recordedAt: row.recorded_at,
      editors: JSON.parse(row.editors) as string[],
      removed: row.removed,
      state: JSON.parse(row.content) as ClauseState,
    }));
  }
}
