import { languageName } from '@pactum/shared';
import type { ExportMatch } from './ExportService.ts';
import { treatyDate } from './exportWording.ts';

/** "Ukrainian", "English and Ukrainian side by side": the languages of a file, in English. */
export function languagesPhrase(languages: readonly string[]): string {
  const names = languages.map((code) => `${languageName(code)} (${code})`);
  return names.length > 1 ? `${names.join(' and ')} side by side` : (names[0] ?? 'an unknown language');
}

/** One sentence for people: what a file handed to verify-export is. */
export function verificationVerdict(stamp: string | null, matches: readonly ExportMatch[]): string {
  if (!stamp) return 'This file carries no Pactum stamp.';
  const first = matches[0];
  if (!first) return 'This file carries a Pactum stamp that matches no export of this treaty.';
  const when = `${treatyDate(first.exportedAt)}, ${first.exportedAt.slice(11, 16)} UTC`;
  return `This file is the ${first.scope} text of "${first.versionName}" in ${languagesPhrase(first.languages)}, exported ${when} by ${first.exportedBy}.`;
}
