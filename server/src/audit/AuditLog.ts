import type { AuditActor, AuditEntry, AuditVerification } from '@pactum/shared';
import { verifyAuditChain } from '@pactum/shared';
import type { Storage, StorageScope } from '../persistence/Storage.ts';

/**
 * Per treaty, an append-only log of significant events in which each entry
 * carries the hash of the previous one, so a changed, deleted or reordered
 * entry breaks the chain. An append given a transaction's scope is stored
 * with that transaction or not at all.
 */
export class AuditLog {
  constructor(private readonly storage: Storage) {}

  append(
    treatyId: string,
    actor: AuditActor,
    event: string,
    details: Record<string, unknown> = {},
    scope: StorageScope = this.storage,
  ): Promise<AuditEntry> {
    return scope.audit.append(treatyId, actor, event, details);
  }

  entries(treatyId: string): Promise<AuditEntry[]> {
    return this.storage.audit.entries(treatyId);
  }

  async verify(treatyId: string): Promise<AuditVerification> {
    return verifyAuditChain(await this.entries(treatyId));
  }
}
