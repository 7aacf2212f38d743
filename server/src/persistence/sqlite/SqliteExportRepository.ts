import type Database from 'better-sqlite3';
import type { ExportRecord, ExportRepository } from '../ExportRepository.ts';
import { type ExportRow, toExportRecord } from '../rows/exportRows.ts';
import type { SqliteRun } from './SqliteRun.ts';

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
    return this.run(() => (this.#s.byStamp.all(stamp) as ExportRow[]).map(toExportRecord));
  }
}
