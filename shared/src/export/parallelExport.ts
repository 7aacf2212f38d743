import type { ExportDocument } from './exportModel.ts';
import { exportStamp } from './exportStamp.ts';

/**
 * A bilingual export: the same version and scope read in two languages, to be
 * printed side by side article by article. Each text is a whole export in its
 * language; the stamp covers both, in order.
 */
export interface ParallelExport {
  texts: [ExportDocument, ExportDocument];
  stamp: string;
}

/** What the record of an export keeps, whichever file it went out as. */
export interface ExportMade {
  scope: ExportDocument['scope'];
  versionId: string;
  versionName: string;
  comparedWith?: ExportDocument['comparedWith'];
  exportedAt: string;
  stamp: string;
  /** The languages of the file, in the order it holds them. */
  languages: string[];
}

/** Two texts of the same export as one bilingual export. */
export function parallelExport(first: ExportDocument, second: ExportDocument): ParallelExport {
  return { texts: [first, second], stamp: exportStamp(first, second) };
}

/** The record of an export of `file`: a one-language export, or a bilingual one. */
export function exportMade(file: ExportDocument | ParallelExport): ExportMade {
  const [lead, ...others] = 'texts' in file ? file.texts : [file];
  const { scope, versionId, versionName, comparedWith, exportedAt } = lead as ExportDocument;
  return {
    scope,
    versionId,
    versionName,
    ...(comparedWith ? { comparedWith } : {}),
    exportedAt,
    stamp: file.stamp,
    languages: [(lead as ExportDocument).lang, ...others.map((text) => text.lang)],
  };
}
