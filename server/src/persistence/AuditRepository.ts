import type { AuditActor, AuditEntry } from '@pactum/shared';

/**
 * Per treaty, an append-only chain of significant events, each entry carrying
 * the hash of the one before. An append inside a transaction commits with it.
 */
export interface AuditRepository {
  append(
    treatyId: string,
    actor: AuditActor,
    event: string,
    details?: Record<string, unknown>,
  ): Promise<AuditEntry>;
  entries(treatyId: string): Promise<AuditEntry[]>;
}
