import type Database from 'better-sqlite3';

/** An export that was made: which text (by stamp) in which scope and format, and from which version. */
export interface ExportRecord {
  treatyId: string;
  stamp: string;
  scope: string;
  format: string;
  versionId: string;
  versionName: string;
  comparedWith: string | null;
  exportedAt: string;
  exportedBy: string;
}

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

/** Every export's stamp, so a file handed around later can be traced to the text it holds. */
export class ExportStore {
  readonly #s;

  constructor(db: Database.Database) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS exports (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        treaty_id TEXT NOT NULL REFERENCES treaties(id) ON DELETE CASCADE,
        stamp TEXT NOT NULL,
        scope TEXT NOT NULL,
        format TEXT NOT NULL,
        version_id TEXT NOT NULL,
        version_name TEXT NOT NULL,
        compared_with TEXT,
        exported_at TEXT NOT NULL,
        exported_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX IF NOT EXISTS exports_by_stamp ON exports (stamp);
    `);
    this.#s = {
      insert: db.prepare(
        `INSERT INTO exports (treaty_id, stamp, scope, format, version_id, version_name, compared_with, exported_at, exported_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      byStamp: db.prepare('SELECT * FROM exports WHERE stamp = ? ORDER BY seq'),
    };
  }

  add(record: ExportRecord): void {
    const { treatyId, stamp, scope, format, versionId, versionName, comparedWith, exportedAt, exportedBy } =
      record;
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
  }

  byStamp(stamp: string): ExportRecord[] {
    return (this.#s.byStamp.all(stamp) as ExportRow[]).map(toRecord);
  }
}
