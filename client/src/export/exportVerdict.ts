import { languageName } from '@pactum/shared';
import { formatWhen } from '../lib/formatWhen.ts';
import type { ExportVerification } from './exportApi.ts';

export interface ExportVerdict {
  /** `match`: a known export of this treaty; `unknown`: a stamp no export of it has; `unstamped`: no stamp. */
  kind: 'match' | 'unknown' | 'unstamped';
  sentence: string;
}

const WHAT: Record<string, (version: string) => string> = {
  agreed: (version) => `the agreed text of "${version}"`,
  full: (version) => `the full text of "${version}"`,
  compare: (version) => `a comparison ending at "${version}"`,
};

/** "Ukrainian", "English and Ukrainian side by side": the languages of a file. */
export function languagesOfFile(languages: readonly string[]): string {
  const names = languages.map((code) => languageName(code, 'en'));
  return names.length > 1 ? `${names.join(' and ')} side by side` : (names[0] ?? '');
}

/**
 * The verdict in the reader's words: the first matching export, at a
 * readable time. Without a match the server's sentence is all there is.
 */
export function exportVerdict({ stamp, matches, verdict }: ExportVerification): ExportVerdict {
  const first = matches[0];
  if (!first) return { kind: stamp ? 'unknown' : 'unstamped', sentence: verdict };
  const what = WHAT[first.scope]?.(first.versionName) ?? `an export of "${first.versionName}"`;
  const language = first.languages.length > 0 ? ` in ${languagesOfFile(first.languages)}` : '';
  return {
    kind: 'match',
    sentence: `This file is ${what}${language}, exported ${formatWhen(first.exportedAt)} by ${first.exportedBy}.`,
  };
}
