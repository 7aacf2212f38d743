import type { ExportScope } from '@pactum/shared';
import type { VersionRef } from '../versions/versionApi.ts';
import { type ExportFormat, FORMAT_INFO } from './exportFormats.ts';

/** Everything the export form asks. */
export interface ExportChoice {
  format: ExportFormat;
  scope: ExportScope;
  /** For the agreed and full text. */
  version: VersionRef;
  /** For a compare: the older and the newer side. */
  from: VersionRef;
  to: VersionRef;
  annex: boolean;
  /** One language code, or two ("en,uk") for a bilingual PDF. */
  lang: string;
}

/** The address of the file the choice describes; the server names it and sends it as a download. */
export function exportHref(treatyId: string, choice: ExportChoice): string {
  const info = FORMAT_INFO[choice.format];
  const path = `/api/treaties/${encodeURIComponent(treatyId)}/export.${info.suffix}`;
  if (!info.hasScope) return path;
  const query = new URLSearchParams({ scope: choice.scope });
  if (choice.scope === 'compare') {
    query.set('from', choice.from);
    query.set('to', choice.to);
  } else {
    query.set('version', choice.version);
  }
  if (info.hasAnnex && choice.annex) query.set('annex', '1');
  query.set('lang', choice.lang);
  return `${path}?${query}`;
}
