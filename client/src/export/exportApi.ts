import {
  ApiErrorCode,
  type ExportVerification,
  TREATY_FILE_FORMAT,
  type TreatySummary,
} from '@pactum/shared';
import { ApiRequestError, request } from '../api/treatyApi.ts';

export type { ExportVerification };

/** The server reads at most this much of a treaty file (its `MAX_TREATY_FILE`). */
const MAX_TREATY_FILE_BYTES = 20 * 1024 * 1024;
// Refused here as the server would refuse them, with its codes: the reader sees them worded by `errorMessage`.
const notABackup = () => new ApiRequestError('not a treaty backup', 400, ApiErrorCode.NotATreatyFile);

/** Which export of this treaty, if any, the file is: the server looks for its stamp. */
export function verifyExport(treatyId: string, file: Blob): Promise<ExportVerification> {
  return request(`/api/treaties/${encodeURIComponent(treatyId)}/verify-export`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream' },
    body: file,
  });
}

/** A new treaty from a JSON backup, chaired by whoever imports it. */
export async function importTreaty(file: File): Promise<TreatySummary> {
  if (file.size > MAX_TREATY_FILE_BYTES) {
    throw new ApiRequestError('larger than a treaty backup may be', 413, ApiErrorCode.PayloadTooLarge);
  }
  const text = await file.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw notABackup();
  }
  // The server would list every field such a file lacks; one sentence says more.
  if ((parsed as { format?: unknown } | null)?.format !== TREATY_FILE_FORMAT) {
    throw notABackup();
  }
  return request('/api/imports', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: text,
  });
}
