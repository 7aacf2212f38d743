import { STAMP_PREFIX } from '@pactum/shared';

const STAMP = new RegExp(`${STAMP_PREFIX}([0-9a-f]{64})`);

/**
 * The stamped hash in an exported file's bytes: the PDF's metadata holds it
 * as plain text (metadata is not compressed), DOCX and XML as text too.
 */
export function findStamp(bytes: Buffer): string | null {
  return STAMP.exec(bytes.toString('latin1'))?.[1] ?? null;
}
