import { languageName } from '@pactum/shared';
import { i18next } from '../i18n/i18n.ts';
import { formatList } from '../lib/formatList.ts';
import { formatWhen } from '../lib/formatWhen.ts';
import { LIVE } from '../versions/versionApi.ts';
import type { ExportVerification } from './exportApi.ts';

export interface ExportVerdict {
  /** `match`: a known export of this treaty; `unknown`: a stamp no export of it has; `unstamped`: no stamp. */
  kind: 'match' | 'unknown' | 'unstamped';
  /** For a match, worded here; otherwise the server's sentence (English: see {@link verdictSentence}). */
  sentence: string;
}

type Match = ExportVerification['matches'][number];

const SCOPES = ['agreed', 'full', 'compare'] as const;
const scopeOf = (scope: string) => SCOPES.find((known) => known === scope) ?? 'other';

/** The name the server's export records give the live text (in English, as its files print it). */
// i18n-ignore: the name the server's records hold, compared and never shown
const SERVER_LIVE_NAME = 'Live text';

/** The version a match was exported from: its name, or the live text in the interface language. */
export function matchVersionName(match: Pick<Match, 'versionId' | 'versionName'>): string {
  return match.versionId === LIVE && match.versionName === SERVER_LIVE_NAME
    ? i18next.t('versions:liveText')
    : match.versionName;
}

/** "Ukrainian", "English and Ukrainian side by side": the languages of a file, in the interface language. */
export function languagesOfFile(languages: readonly string[]): string {
  const names = languages.map((code) => languageName(code, i18next.language || 'en'));
  return names.length > 1
    ? i18next.t('export:verdict.sideBySide', { languages: formatList(names) })
    : (names[0] ?? '');
}

/**
 * The verdict in the reader's words: the first matching export, at a
 * readable time. Without a match the server's sentence is all there is.
 */
export function exportVerdict({ stamp, matches, verdict }: ExportVerification): ExportVerdict {
  const first = matches[0];
  if (!first) return { kind: stamp ? 'unknown' : 'unstamped', sentence: verdict };
  const values = {
    version: matchVersionName(first),
    when: formatWhen(first.exportedAt),
    by: first.exportedBy,
    languages: languagesOfFile(first.languages),
  };
  const scope = scopeOf(first.scope);
  const sentence =
    first.languages.length > 0
      ? i18next.t(`export:verdict.matchIn.${scope}`, values)
      : i18next.t(`export:verdict.match.${scope}`, values);
  return { kind: 'match', sentence };
}

/**
 * What the reader is told, in the interface language: a match as worded
 * above; a stamp that is no export of this treaty, or no stamp, from the kind
 * alone (the server says the same in English).
 */
export function verdictSentence(verdict: ExportVerdict): string {
  return verdict.kind === 'match' ? verdict.sentence : i18next.t(`export:verdict.${verdict.kind}`);
}
