import type { ExportRecord, ExportRepository } from '../ExportRepository.ts';
import { type ExportRow, toExportRecord } from '../rows/exportRows.ts';
import type { PostgresSession } from './PostgresSession.ts';

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
    return rows.map(toExportRecord);
  }
}
