import { type AuditActor, type AuditEntry, auditEntryHash, GENESIS_HASH } from '@pactum/shared';

/** The entry that follows `last` (null: the first of its treaty) in a treaty's audit chain. */
export function nextAuditEntry(
  last: { seq: number; hash: string } | null,
  treatyId: string,
  actor: AuditActor,
  event: string,
  details: Record<string, unknown>,
): AuditEntry {
  const entry = {
    treatyId,
    seq: (last?.seq ?? 0) + 1,
    at: new Date().toISOString(),
    actor,
    event,
    // A JSON round trip now, so the hash covers exactly what is read back later.
    details: JSON.parse(JSON.stringify(details)) as Record<string, unknown>,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  return { ...entry, hash: auditEntryHash(entry) };
}
