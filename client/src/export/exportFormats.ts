/** The files a treaty can be exported as. */
export const EXPORT_FORMATS = ['pdf', 'docx', 'akn', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFormatInfo {
  label: string;
  hint: string;
  /** The end of the export's path: `export.<suffix>`. */
  suffix: string;
  /** What the download button says: "Download PDF". */
  download: string;
  /** Only the JSON backup is the whole treaty; the others write a scope of one version. */
  hasScope: boolean;
  hasAnnex: boolean;
  /** Whether it can hold two languages side by side (a bilingual file). */
  hasParallel: boolean;
}

export const FORMAT_INFO: Record<ExportFormat, ExportFormatInfo> = {
  pdf: {
    label: 'PDF',
    hint: 'To read, print and circulate. Every page carries the version and a stamp.',
    suffix: 'pdf',
    download: 'Download PDF',
    hasScope: true,
    hasAnnex: true,
    hasParallel: true,
  },
  docx: {
    label: 'Word (.docx)',
    hint: 'To work on the text in Word or LibreOffice.',
    suffix: 'docx',
    download: 'Download Word document',
    hasScope: true,
    hasAnnex: false,
    hasParallel: false,
  },
  akn: {
    label: 'Akoma Ntoso XML',
    hint: 'The OASIS standard for legal texts, for archives and legal databases.',
    suffix: 'akn.xml',
    download: 'Download Akoma Ntoso XML',
    hasScope: true,
    hasAnnex: false,
    hasParallel: false,
  },
  json: {
    label: 'JSON backup',
    hint: 'The whole treaty, to keep or to import here as a new treaty.',
    suffix: 'json',
    download: 'Download JSON backup',
    hasScope: false,
    hasAnnex: false,
    hasParallel: false,
  },
};
