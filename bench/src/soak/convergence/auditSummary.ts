import type { PactumApi } from './PactumApi.ts';

export interface AuditSummary {
  /** The chain verifies (GET …/audit/verify), with this many entries and this last hash. */
  ok: boolean;
  entries: number;
  lastHash: string;
  /** Parts of client updates the server's guards reverted, and why. */
  reverted: number;
  reasons: Record<string, number>;
}

/** What a treaty's audit chain says about a seed: whether it verifies, and the writes the server reverted. */
export async function auditSummary(api: PactumApi, treatyId: string): Promise<AuditSummary> {
  const { body: verification } = await api.expect(200, 'GET', `/treaties/${treatyId}/audit/verify`);
  const { body } = await api.expect(200, 'GET', `/treaties/${treatyId}/audit`);
  const entries = body.entries as Array<{ event: string; details: { count?: number; reasons?: string[] } }>;
  const summary: AuditSummary = {
    ok: verification.ok === true,
    entries: verification.entries,
    lastHash: verification.lastHash ?? '',
    reverted: 0,
    reasons: {},
  };
  for (const entry of entries) {
    if (entry.event !== 'write.reverted') continue;
    summary.reverted += entry.details.count ?? 0;
    for (const reason of entry.details.reasons ?? [])
      summary.reasons[reason] = (summary.reasons[reason] ?? 0) + 1;
  }
  return summary;
}
