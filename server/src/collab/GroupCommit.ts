import { type AuditActor, treatySummaryFromYDoc } from '@pactum/shared';
import * as Y from 'yjs';
import type { TreatyStore } from '../persistence/TreatyStore.ts';
import type { Connection } from './Connection.ts';
import type { Room } from './Room.ts';

export interface CommittedUpdate {
  update: Uint8Array;
  /** The connection that sent it; null for server-side changes. */
  origin: Connection | null;
}

/** One room's updates of one commit, and their merge: the row that was stored. */
export interface CommittedBatch {
  updates: CommittedUpdate[];
  merged: Uint8Array;
}

/** Where the audit entries that rooms derive from their updates go (the audit log). */
export interface AuditSink {
  append(treatyId: string, actor: AuditActor, event: string, details: Record<string, unknown>): unknown;
}

/** The union of `updates` as one update (the update itself when there is only one). */
export function mergeAll(updates: Uint8Array[]): Uint8Array {
  return updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates);
}

/**
 * Collects the document updates of every room during one turn of the event
 * loop and writes them in a single transaction; only then do the rooms
 * broadcast them and confirm durability. One fsync serves every update that
 * arrived together, and nothing reaches another client before it is on disk.
 * A room's updates of one turn are stored as one merged row and broadcast as
 * one frame per connection: the cost per connection is paid per commit, not
 * per update, so a busy room gets cheaper per edit instead of falling behind.
 */
export class GroupCommit {
  #updates = new Map<Room, CommittedUpdate[]>();
  /** Rooms with updates or with barriers awaiting the next commit. */
  #rooms = new Set<Room>();
  #scheduled = false;

  constructor(
    private readonly store: TreatyStore,
    private readonly audit?: AuditSink,
  ) {}

  enqueue(room: Room, update: Uint8Array, origin: Connection | null): void {
    const queued = this.#updates.get(room);
    if (queued) queued.push({ update, origin });
    else this.#updates.set(room, [{ update, origin }]);
    this.touch(room);
  }

  /** Makes sure `room` hears back after the next commit, even if it queued nothing. */
  touch(room: Room): void {
    this.#rooms.add(room);
    if (!this.#scheduled) {
      this.#scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  /**
   * Commits everything queued now. Safe to call at any time; a no-op when
   * idle. `alongside` (e.g. an audit entry for the change) is written in the
   * same transaction: both are stored, or neither is and `flush` throws.
   */
  flush(alongside?: () => void): void {
    this.#scheduled = false;
    if (this.#rooms.size === 0) {
      if (alongside) this.store.db.transaction(alongside)();
      return;
    }
    const updates = this.#updates;
    const rooms = this.#rooms;
    this.#updates = new Map();
    this.#rooms = new Set();
    const batches = new Map<Room, CommittedBatch>();
    for (const [room, queued] of updates) {
      batches.set(room, { updates: queued, merged: mergeAll(queued.map(({ update }) => update)) });
    }
    // What the rooms derive from these updates (reverted writes, status changes) is stored with them.
    const audits = [...batches.keys()].flatMap((room) =>
      room.takeAudit().map((entry) => ({ treatyId: room.treatyId, ...entry })),
    );
    try {
      this.store.commit(
        [...batches].map(([room, { merged }]) => ({ treatyId: room.treatyId, update: merged })),
        [...batches.keys()].map((room) => ({ treatyId: room.treatyId, ...treatySummaryFromYDoc(room.doc) })),
        () => {
          alongside?.();
          for (const { treatyId, actor, event, details } of audits) {
            this.audit?.append(treatyId, actor, event, details);
          }
        },
      );
    } catch (error) {
      for (const room of rooms) room.failCommit(error as Error);
      if (alongside) throw error;
      return;
    }
    for (const room of rooms) room.afterCommit(batches.get(room) ?? null);
  }
}
