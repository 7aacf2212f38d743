import type { HistoryRow, LatestClauseState } from '../persistence/VersionRepository.ts';

/**
 * What a new version adds to the clause history: a row for each clause whose
 * state differs from its latest recorded one (or that was removed since), and
 * the clause states those rows introduce. `states` maps clauseId → [hash, content].
 */
export function clauseHistoryRows(
  version: { id: string; createdAt: string },
  states: Map<string, [hash: string, content: string]>,
  editors: Map<string, string[]>,
  latest: LatestClauseState[],
): { rows: HistoryRow[]; newStates: Map<string, string> } {
  const latestById = new Map(latest.map((entry) => [entry.clauseId, entry]));
  const rows: HistoryRow[] = [];
  const newStates = new Map<string, string>();
  const record = (clauseId: string, hash: string, removed: boolean) =>
    rows.push({
      clauseId,
      versionId: version.id,
      hash,
      recordedAt: version.createdAt,
      editors: editors.get(clauseId) ?? [],
      removed,
    });
  for (const [clauseId, [hash, content]] of states) {
    const last = latestById.get(clauseId);
    if (last && last.hash === hash && !last.removed) continue;
    newStates.set(hash, content);
    record(clauseId, hash, false);
  }
  for (const [clauseId, last] of latestById) {
    if (!states.has(clauseId) && !last.removed) record(clauseId, last.hash, true);
  }
  return { rows, newStates };
}
