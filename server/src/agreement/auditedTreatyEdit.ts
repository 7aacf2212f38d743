import type * as Y from 'yjs';
import { auditActor, type TreatyAccess } from '../access/AccessControl.ts';
import type { AuditLog } from '../audit/AuditLog.ts';
import type { TreatyService } from '../TreatyService.ts';
import { articleStatuses, statusChanges } from './statusChanges.ts';

/** What one treaty-wide change wrote: its result, and its audit entry unless it changed nothing. */
export interface AuditedOutcome<T> {
  result: T;
  audit: { event: string; details: Record<string, unknown> } | null;
}

/**
 * Runs `change` as a server edit of the whole treaty; its audit entry, and a
 * `status.changed` entry for every article whose derived status it moved
 * (with `cause`), commit in the same transaction.
 */
export async function auditedTreatyEdit<T>(
  treaties: TreatyService,
  audit: AuditLog,
  access: TreatyAccess,
  cause: string,
  change: (doc: Y.Doc) => AuditedOutcome<T>,
): Promise<T> {
  const outcome = await treaties.edit(
    access.treatyId,
    (doc) => {
      const before = articleStatuses(doc);
      const written = change(doc);
      const moved = written.audit ? statusChanges(before, articleStatuses(doc), cause) : [];
      return { ...written, moved };
    },
    async ({ audit: entry, moved }, scope) => {
      if (!entry) return;
      const actor = auditActor(access);
      await audit.append(access.treatyId, actor, entry.event, entry.details, scope);
      for (const details of moved) {
        await audit.append(access.treatyId, actor, 'status.changed', { ...details }, scope);
      }
    },
  );
  return outcome.result;
}
