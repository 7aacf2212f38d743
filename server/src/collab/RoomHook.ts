import type { AuditActor } from '@pactum/shared';

/** An audit entry a room hands to the commit that stores its updates. */
export interface RoomAuditEntry {
  actor: AuditActor;
  event: string;
  details: Record<string, unknown>;
}

/**
 * A check or tracker a room runs, in the manner of Hocuspocus's extensions.
 * Hooks are built on the room's empty Y.Doc and observe it themselves; the
 * room calls each method, in list order, at the moment it is named after.
 */
export interface RoomHook {
  /** The stored treaty is in the document, before anyone edits it. */
  afterLoad?(): void;
  /**
   * A client's update was just applied. Reverts what the client may not write
   * with a server edit committed and broadcast in the same batch; returns one
   * reason per reverted write.
   */
  afterClientUpdate?(): string[];
  /** The room's updates are about to be committed: audit entries stored with them. */
  beforeCommit?(): RoomAuditEntry[];
  /** A version is about to be saved: who edited each clause since the previous one. */
  beforeVersion?(): Map<string, string[]>;
}
