import type { ExportRecord } from '../ExportRepository.ts';

/** An `exports` row as both backends return it. */
export interface ExportRow {
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

export const toExportRecord = (row: ExportRow): ExportRecord => ({
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
