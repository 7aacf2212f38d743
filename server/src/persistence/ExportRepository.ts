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

/** Every export's stamp, so a file handed around later can be traced to the text it holds. */
export interface ExportRepository {
  add(record: ExportRecord): Promise<void>;
  byStamp(stamp: string): Promise<ExportRecord[]>;
}
