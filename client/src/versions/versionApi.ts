import type {
  ClauseHistory,
  CreateVersionRequest,
  HistoryState,
  TreatyJSON,
  VersionComparison,
  VersionLanguageComparison,
  VersionLists,
  VersionMeta,
} from '@pactum/shared';

export type { HistoryState, VersionComparison, VersionLanguageComparison, VersionLists, VersionMeta };

import { request } from '../api/treatyApi.ts';

/** A version id, or `live` for the current text. */
export type VersionRef = string;
export const LIVE: VersionRef = 'live';

const base = (treatyId: string) => `/api/treaties/${encodeURIComponent(treatyId)}`;

export function listVersions(treatyId: string): Promise<VersionLists> {
  return request(`${base(treatyId)}/versions`);
}

/** Chair only; the server records who named it from the session. */
export function nameVersion(treatyId: string, body: CreateVersionRequest): Promise<VersionMeta> {
  return request(`${base(treatyId)}/versions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

export function readVersion(
  treatyId: string,
  versionId: string,
): Promise<VersionMeta & { treaty: TreatyJSON }> {
  return request(`${base(treatyId)}/versions/${encodeURIComponent(versionId)}`);
}

/** The two sides compared in `lang`, one of the treaty's languages. */
export function compareVersions(
  treatyId: string,
  from: VersionRef,
  to: VersionRef,
  lang: string,
): Promise<VersionComparison> {
  const query = new URLSearchParams({ from, to, lang });
  return request(`${base(treatyId)}/compare?${query}`);
}

/** The texts of `at` in languages `left` and `right`, article by article, with their concordance. */
export function compareLanguagesAt(
  treatyId: string,
  at: VersionRef,
  left: string,
  right: string,
): Promise<VersionLanguageComparison> {
  const query = new URLSearchParams({ at, left, right });
  return request(`${base(treatyId)}/compare-languages?${query}`);
}

/** The states of a clause that differ in `lang`, read in it. */
export async function clauseHistory(
  treatyId: string,
  clauseId: string,
  lang: string,
): Promise<HistoryState[]> {
  const query = new URLSearchParams({ lang });
  const path = `${base(treatyId)}/clauses/${encodeURIComponent(clauseId)}/history?${query}`;
  return (await request<ClauseHistory>(path)).states;
}
