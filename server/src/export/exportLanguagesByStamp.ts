import type { AuditEntry } from '@pactum/shared';

/** Exports recorded before language versions were all of the treaty's only text, which was English. */
const BEFORE_LANGUAGE_VERSIONS = ['en'];

/**
 * The languages of the export stamped `stamp`, as its `export.made` entry in
 * the treaty's audit chain records them. The stamp covers the languages, so
 * every export with one stamp has the same ones.
 */
export function exportLanguagesByStamp(entries: readonly AuditEntry[], stamp: string): string[] {
  for (let index = entries.length - 1; index >= 0; index--) {
    const entry = entries[index] as AuditEntry;
    const details = entry.details as { stamp?: unknown; languages?: unknown };
    if (entry.event !== 'export.made' || details.stamp !== stamp) continue;
    return Array.isArray(details.languages) && details.languages.every((code) => typeof code === 'string')
      ? (details.languages as string[])
      : BEFORE_LANGUAGE_VERSIONS;
  }
  return BEFORE_LANGUAGE_VERSIONS;
}
