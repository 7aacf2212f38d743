import type { AuditActor } from '@pactum/shared';
import * as Y from 'yjs';
import type { Storage, StorageScope } from '../persistence/Storage.ts';

/** A document update waiting for the next commit, and who sent it (null: the server itself). */
export interface QueuedUpdate<Origin = unknown> {
  update: Uint8Array;
  origin: Origin | null;
}

/** An audit entry derived from what a commit stores (a reverted write, a status change). */
export interface DerivedAuditEntry {
  actor: AuditActor;
  event: string;
  details: Record<string, unknown>;
}

/** What one target stores in a commit, and what it does once the commit ended. */
export interface TargetCommit {
  /** The merged update and the treaty's new summary; null when only barriers wait for this commit. */
  row: { update: Uint8Array; title: string; clauseCount: number } | null;
  audits: DerivedAuditEntry[];
  /** Everything is durable; `seq` names the stored row (null without one). */
  stored(seq: number | null): void;
  /** Nothing was stored. */
  failed(error: Error): void;
}

/**
 * What the GroupCommit commits for: a room, seen only through this. It is
 * asked for its work at the moment a commit begins, so whatever it receives
 * later (updates, barriers) waits for the next commit. It may show its
 * clients' updates to its connections before or as the commit begins; its
 * confirmations wait for `stored`.
 */
export interface CommitTarget {
  readonly treatyId: string;
  beginCommit(updates: QueuedUpdate[]): TargetCommit;
}

/** Written in the same transaction as the queued updates (e.g. the audit entry of a server edit). */
export type Alongside = (scope: StorageScope) => Promise<void>;

interface Waiter {
  alongside?: Alongside;
  resolve(): void;
  reject(error: Error): void;
}

/** The union of `updates` as one update (the update itself when there is only one). */
export function mergeAll(updates: Uint8Array[]): Uint8Array {
  return updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates);
}

export interface GroupCommitOptions {
  /**
   * Test only (PACTUM_FAULT_COMMIT_DELAY_MS): waits this long between asking
   * the targets for their work (when rooms have shown their clients' updates)
   * and writing it, so a test can kill the process in that window.
   */
  faultCommitDelayMs?: number;
}

/**
 * Collects the document updates of every room during one turn of the event
 * loop and writes them in a single transaction; only then do the rooms
 * confirm durability (and show server edits, see Room). One fsync serves
 * every update that arrived together. Commits run one after another: what
 * arrives while one is being written goes into the next.
 */
export class GroupCommit {
  #updates = new Map<CommitTarget, QueuedUpdate[]>();
  #targets = new Set<CommitTarget>();
  #waiters: Waiter[] = [];
  #scheduled = false;
  #running = false;

  constructor(
    private readonly storage: Storage,
    private readonly options: GroupCommitOptions = {},
  ) {}

  enqueue(target: CommitTarget, update: Uint8Array, origin: unknown): void {
    const queued = this.#updates.get(target);
    if (queued) queued.push({ update, origin });
    else this.#updates.set(target, [{ update, origin }]);
    this.touch(target);
  }

  /** Makes sure `target` is asked for its work in the next commit, even if it queued no update. */
  touch(target: CommitTarget): void {
    this.#targets.add(target);
    if (this.#scheduled || this.#running) return;
    this.#scheduled = true;
    // The rest of this turn's messages join the same commit.
    setImmediate(() => {
      this.#scheduled = false;
      void this.#run();
    });
  }

  /**
   * Resolves once everything queued before the call is stored, with
   * `alongside` in the same transaction; rejects (with nothing of it stored)
   * only when `alongside` was given and the transaction failed. Rooms hear
   * of a failure through their TargetCommit.
   */
  flush(alongside?: Alongside): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#waiters.push({ alongside, resolve, reject });
      void this.#run();
    });
  }

  async #run(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    try {
      while (this.#targets.size > 0 || this.#waiters.length > 0) await this.#commitOnce();
    } finally {
      this.#running = false;
    }
  }

  async #commitOnce(): Promise<void> {
    const updates = this.#updates;
    const waiters = this.#waiters;
    const commits = [...this.#targets].map((target) => ({
      target,
      commit: target.beginCommit(updates.get(target) ?? []),
    }));
    this.#updates = new Map();
    this.#targets = new Set();
    this.#waiters = [];
    // One lock order on every node sharing the store: the treaties' rows (appends, in treaty order),
    // then their audit chains (a server edit's entries, then the derived ones, in treaty order).
    commits.sort((x, y) => (x.target.treatyId < y.target.treatyId ? -1 : 1));
    const stored = commits.filter(({ commit }) => commit.row !== null);
    let seqs: number[];
    try {
      if (this.options.faultCommitDelayMs) await sleep(this.options.faultCommitDelayMs);
      seqs = await this.storage.transaction(async (scope) => {
        const appended = await scope.treaties.append(
          stored.map(({ target, commit }) => ({
            treatyId: target.treatyId,
            update: commit.row?.update as Uint8Array,
          })),
          stored.map(({ target, commit }) => ({
            treatyId: target.treatyId,
            title: commit.row?.title as string,
            clauseCount: commit.row?.clauseCount as number,
          })),
        );
        for (const { alongside } of waiters) await alongside?.(scope);
        for (const { target, commit } of commits) {
          for (const { actor, event, details } of commit.audits)
            await scope.audit.append(target.treatyId, actor, event, details);
        }
        return appended;
      });
    } catch (error) {
      for (const { commit } of commits) commit.failed(error as Error);
      for (const waiter of waiters) {
        if (waiter.alongside) waiter.reject(error as Error);
        else waiter.resolve();
      }
      return;
    }
    const seqOf = new Map(stored.map(({ target }, index) => [target, seqs[index] ?? null]));
    for (const { target, commit } of commits) commit.stored(seqOf.get(target) ?? null);
    for (const waiter of waiters) waiter.resolve();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
