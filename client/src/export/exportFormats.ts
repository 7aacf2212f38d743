import { i18next } from '../i18n/i18n.ts';

/** The files a treaty can be exported as. */
export const EXPORT_FORMATS = ['pdf', 'docx', 'akn', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFormatInfo {
  /** The end of the export's path: `export.<suffix>`. */
  suffix: string;
  /** Only the JSON backup is the whole treaty; the others write a scope of one version. */
  hasScope: boolean;
  hasAnnex: boolean;
  /** Whether it can hold two languages side by side (a bilingual file). */
  hasParallel: boolean;
}

export const FORMAT_INFO: Record<ExportFormat, ExportFormatInfo> = {
  pdf: { suffix: 'pdf', hasScope: true, hasAnnex: true, hasParallel: true },
  docx: { suffix: 'docx', hasScope: true, hasAnnex: false, hasParallel: false },
  akn: { suffix: 'akn.xml', hasScope: true, hasAnnex: false, hasParallel: false },
  json: { suffix: 'json', hasScope: false, hasAnnex: false, hasParallel: false },
};

export const isExportFormat = (format: string): format is ExportFormat => format in FORMAT_INFO;

/** What a format is called ("Word (.docx)"), in the interface language. */
export const formatLabel = (format: ExportFormat): string => i18next.t(`export:format.${format}.label`);

/** What a format is for, one line under its name. */
export const formatHint = (format: ExportFormat): string => i18next.t(`export:format.${format}.hint`);

/** What the download button says: "Download PDF". */
export const formatDownload = (format: ExportFormat): string => i18next.t(`export:format.${format}.download`);
