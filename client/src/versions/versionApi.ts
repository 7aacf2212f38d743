import type { ClauseState, TreatyComparison, TreatyJSON } from '@pactum/shared';
import { request } from '../api/treatyApi.ts';

/** A named version or an automatic checkpoint, as `GET …/versions` lists it. */
export interface VersionMeta {
  id: string;
  kind: 'named' | 'checkpoint';
  name: string | null;
  note: string | null;
  /** ISO 8601. */
  createdAt: string;
  /** "Name · Delegation". */
  createdBy: string | null;
  clauseCount: number;
}

export interface VersionLists {
  /** Newest first. */
  named: VersionMeta[];
  checkpoints: VersionMeta[];
}

/** A version id, or `live` for the current text. */
export type VersionRef = string;
export const LIVE: VersionRef = 'live';

export interface VersionComparison extends TreatyComparison {
  from: VersionMeta | { id: 'live' };
  to: VersionMeta | { id: 'live' };
}

/** One distinct state of a clause, as a version recorded it. */
export interface HistoryState extends ClauseState {
  versionId: string;
  /** Null once the version has been pruned (old checkpoints). */
  versionKind: 'named' | 'checkpoint' | null;
  versionName: string | null;
  recordedAt: string;
  /** Delegations that edited the clause since the previous version. */
  editors: string[];
  /** The clause was no longer in the text at this version. */
  removed: boolean;
  hash: string;
}

const base = (treatyId: string) => `/api/treaties/${encodeURIComponent(treatyId)}`;

export function listVersions(treatyId: string): Promise<VersionLists> {
  return request(`${base(treatyId)}/versions`);
}

export function nameVersion(
  treatyId: string,
  body: { name: string; note?: string; createdBy?: string },
): Promise<VersionMeta> {
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
