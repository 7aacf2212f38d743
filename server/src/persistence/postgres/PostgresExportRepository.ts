import type { ExportRecord, ExportRepository } from '../ExportRepository.ts';
import type { PostgresSession } from './PostgresSession.ts';

interface ExportRow {
  treaty_id: string;
  stamp: string;
  scope: string;
  format: string;
  version_id: string;
  version_name: string;
  compared_with: string | null;
  exported_at: string;
  exported_by: string;
}

const toRecord = (row: ExportRow): ExportRecord => ({
  treatyId: row.treaty_id,
  stamp: row.stamp,
  scope: row.scope,
  format: row.format,
  versionId: row.version_id,
  versionName: row.version_name,
  comparedWith: row.compared_with,
  exportedAt: row.exported_at,
  exportedBy: row.exported_by,
});

/** Export stamps in Postgres. */
export class PostgresExportRepository implements ExportRepository {
  constructor(private readonly session: PostgresSession) {}

  async add(record: ExportRecord): Promise<void> {
    const { treatyId, stamp, scope, format, versionId, versionName, comparedWith, exportedAt, exportedBy } =
      record;
    await this.session.query(
      `INSERT INTO exports (treaty_id, stamp, scope, format, version_id, version_name, compared_with, exported_at, exported_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [treatyId, stamp, scope, format, versionId, versionName, comparedWith, exportedAt, exportedBy],
    );
  }

  async byStamp(stamp: string): Promise<ExportRecord[]> {
    const { rows } = await this.session.query<ExportRow>(
      'SELECT * FROM exports WHERE stamp = $1 ORDER BY seq',
      [stamp],
    );
    return rows.map(toRecord);
  }
}
