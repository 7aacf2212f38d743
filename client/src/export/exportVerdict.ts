import { formatWhen } from '../versions/formatWhen.ts';
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

/**
 * The verdict in the reader's words: the first matching export, at a
 * readable time. Without a match the server's sentence is all there is.
 */
export function exportVerdict({ stamp, matches, verdict }: ExportVerification): ExportVerdict {
  const first = matches[0];
  if (!first) return { kind: stamp ? 'unknown' : 'unstamped', sentence: verdict };
  const what = WHAT[first.scope]?.(first.versionName) ?? `an export of "${first.versionName}"`;
  return {
    kind: 'match',
    sentence: `This file is ${what}, exported ${formatWhen(first.exportedAt)} by ${first.exportedBy}.`,
  };
}
