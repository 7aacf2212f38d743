import type { ClauseAgreement } from '@pactum/shared';
import { request } from '../../api/treatyApi.ts';

/**
 * Confirms that an article's language texts say the same. `hashes` are the
 * texts the reader saw: if one changed since, the server records nothing.
 */
export function confirmConcordance(
  treatyId: string,
  clauseId: string,
  hashes: Record<string, string> | null,
): Promise<ClauseAgreement> {
  const path = `/api/treaties/${encodeURIComponent(treatyId)}/clauses/${encodeURIComponent(clauseId)}/concordance`;
  return request<ClauseAgreement>(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(hashes ? { hashes } : {}),
  });
}
