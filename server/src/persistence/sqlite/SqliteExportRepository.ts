import type Database from 'better-sqlite3';
import type { ExportRecord, ExportRepository } from '../ExportRepository.ts';
import type { SqliteRun } from './SqliteRun.ts';

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

/** Export stamps in SQLite. */
export class SqliteExportRepository implements ExportRepository {
  readonly #s;

  constructor(
    db: Database.Database,
    private readonly run: SqliteRun,
  ) {
    this.#s = {
      insert: db.prepare(
        `INSERT INTO exports (treaty_id, stamp, scope, format, version_id, version_name, compared_with, exported_at, exported_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      byStamp: db.prepare('SELECT * FROM exports WHERE stamp = ? ORDER BY seq'),
    };
  }

  add(record: ExportRecord): Promise<void> {
    const { treatyId, stamp, scope, format, versionId, versionName, comparedWith, exportedAt, exportedBy } =
      record;
    return this.run(() => {
      this.#s.insert.run(
        treatyId,
        stamp,
        scope,
        format,
        versionId,
        versionName,
        comparedWith,
        exportedAt,
        exportedBy,
      );
    });
  }

  byStamp(stamp: string): Promise<ExportRecord[]> {
    return this.run(() => (this.#s.byStamp.all(stamp) as ExportRow[]).map(toRecord));
  }
}
