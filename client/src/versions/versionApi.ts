import type {
  CreateVersionRequest,
  HistoryState,
  TreatyJSON,
  VersionComparison,
  VersionLists,
  VersionMeta,
} from '@pactum/shared';

export type { HistoryState, VersionComparison, VersionLists, VersionMeta };

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

export function compareVersions(
  treatyId: string,
  from: VersionRef,
  to: VersionRef,
): Promise<VersionComparison> {
  const query = new URLSearchParams({ from, to });
  return request(`${base(treatyId)}/compare?${query}`);
}

export async function clauseHistory(treatyId: string, clauseId: string): Promise<HistoryState[]> {
  const path = `${base(treatyId)}/clauses/${encodeURIComponent(clauseId)}/history`;
  return (await request<{ states: HistoryState[] }>(path)).states;
}
