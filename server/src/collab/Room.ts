import {
  type AwarenessEntry,
  CloseCode,
  cursorResolvesIn,
  encodeAwarenessEntries,
  encodeDurable,
  Limits,
  parseClientAwareness,
  type RoomFiguresJSON,
  TREATY_FRAGMENT,
  treatySummaryFromYDoc,
} from '@pactum/shared';
import type { Logger } from 'pino';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { auditActor } from '../access/AccessControl.ts';
import type { Storage } from '../persistence/Storage.ts';
import { Connection, Refusal } from './Connection.ts';
import type { ClientMessage } from './decodeClientMessage.ts';
import {
  type CommitTarget,
  type GroupCommit,
  mergeAll,
  type QueuedUpdate,
  type TargetCommit,
} from './GroupCommit.ts';
import {
  encodeAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  frameAwareness,
} from './messages.ts';
import { PendingBound } from './PendingBound.ts';
import type { Relay, RelayedRoom } from './Relay.ts';
import type { RoomAuditEntry, RoomHook } from './RoomHook.ts';

/** Senders in one batch that still get it without their own updates (see `#broadcast`). */
const MAX_SEPARATE_SENDERS = 4;

export interface RoomDeps {
  storage: Storage;
  commits: GroupCommit;
  relay: Relay;
  log: Logger;
  /** Compact the update log once it holds more rows than this. */
  compactAfterRows: number;
  /** The checks and trackers a room runs, built on its document before the treaty is loaded into it. */
  hooks: (doc: Y.Doc) => RoomHook[];
  /** Called when the room is about to unload with everything committed (e.g. to take a checkpoint). */
  beforeUnload?: (room: Room) => Promise<unknown>;
}

/** What the registry hears from a room it loaded. */
export interface RoomLifecycle {
  /** The room stops taking new work; `done` settles when it is closed. */
  unloading(room: Room, done: Promise<void>): void;
  closed(room: Room): void;
}

/** A client's sync step 1 waiting for the next commit: it is answered with stored state only. */
interface WaitingSync {
  connection: Connection;
  stateVector: Uint8Array;
}

/** The document updates of one turn, merged once, on their way to the room's connections. */
interface Batch {
  updates: QueuedUpdate<Connection>[];
  merged: Uint8Array;
  /** It holds a server edit (a guard's revert, a REST edit): shown only once it is stored. */
  fromServer: boolean;
}

/**
 * One treaty being edited: its Y.Doc, the awareness of the people in it and
 * their connections. Every change to the document goes through the
 * GroupCommit. What clients sent reaches the room's other connections at the
 * end of the turn, before it is stored (each receiver holds it and would send
 * it back after a crash); the sender's `Durable` waits for the commit. A turn
 * that holds a server edit (a guard's revert, a REST edit with its audit
 * entry) is shown to nobody before it is stored, nor is anything after it.
 */
export class Room implements CommitTarget, RelayedRoom {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Set<Connection>();
  readonly #fragment = this.doc.getXmlFragment(TREATY_FRAGMENT);
  /** Highest barrier per connection still waiting for the next commit. */
  #barriers = new Map<Connection, number>();
  #awarenessOwners = new Map<number, Connection>();
  #waitingSyncs: WaitingSync[] = [];
  /** This turn's updates, not yet published (see `#publish`). */
  #unsent: QueuedUpdate<Connection>[] = [];
  #unsentFromServer = false;
  #publishScheduled = false;
  /** Published batches not shown yet: a server edit's batch, and every batch after it, until stored. */
  #held: Batch[] = [];
  /** The merged batches published since the last commit began: what the next commit stores. */
  #unstored: Uint8Array[] = [];
  /** The stored rows this document contains: what compaction may replace. */
  #storedSeqs: number[];
  #compacting = false;
  /** The compaction under way, if any (resolved otherwise). */
  #compaction: Promise<void> = Promise.resolve();
  #unloading: Promise<void> | null = null;
  #stopRelay: () => Promise<void> = async () => {};
  #closed = false;
  readonly #hooks: RoomHook[];
  readonly #pending = new PendingBound(this.doc);
  /** Reverted writes since the last commit, per connection: one audit entry each. */
  #reverted = new Map<Connection, { count: number; reasons: Set<string> }>();
  /** Who edited each clause since the last version (the VersionService takes it as it saves one). */
  readonly editors = {
    take: (): Map<string, string[]> =>
      new Map(this.#hooks.flatMap((hook) => [...(hook.beforeVersion?.() ?? [])])),
  };
  /** When the first change since the last checkpoint was committed, and the latest one; null when clean. */
  changes: { first: number; last: number } | null = null;

  /**
   * Loads the stored document; throws if it cannot, and then nothing has been
   * created or written.
   */
  static async load(treatyId: string, deps: RoomDeps, lifecycle: RoomLifecycle): Promise<Room> {
    const room = new Room(treatyId, deps, lifecycle);
    // Subscribed before reading the store: what is stored after the read arrives through the relay.
    const relayed = await deps.relay.subscribe(treatyId);
    room.#stopRelay = () => relayed.stop();
    try {
      const rows = await deps.storage.treaties.load(treatyId);
      if (rows.length === 0) throw new Error(`treaty ${treatyId} has no stored document`);
      Y.transact(room.doc, () => {
        for (const { data } of rows) Y.applyUpdate(room.doc, data);
      });
      room.#storedSeqs = rows.map(({ seq }) => seq);
      for (const hook of room.#hooks) hook.afterLoad?.();
      room.#listen();
      // No client is served before what others stored meanwhile is applied too.
      await relayed.start(room);
    } catch (error) {
      await relayed.stop().catch(() => undefined);
      room.#destroy();
      throw error;
    }
    return room;
  }

  private constructor(
    readonly treatyId: string,
    private readonly deps: RoomDeps,
    private readonly lifecycle: RoomLifecycle,
  ) {
    this.#storedSeqs = [];
    this.#hooks = deps.hooks(this.doc);
    this.awareness.setLocalState(null);
  }

  #listen(): void {
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== RELAYED) {
        const sender = origin instanceof Connection ? origin : null;
        this.#unsent.push({ update, origin: sender });
        if (!sender) this.#unsentFromServer = true;
        this.#schedulePublish();
        this.deps.commits.enqueue(this, update, origin);
        return;
      }
      // Already stored by the process that relayed it.
      const message = encodeUpdate(update);
      for (const connection of this.connections) connection.send(message);
    });
    this.awareness.on('update', ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
      const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, [
        ...added,
        ...updated,
        ...removed,
      ]);
      const message = frameAwareness(update);
      for (const connection of this.connections) connection.send(message);
      // Only what this process's connections did: not what another process relayed, nor the
      // states this room timed out (the process whose connection holds one times it out too).
      if (origin instanceof Connection || origin === DISCONNECTED) {
        this.deps.relay.publishAwareness(this.treatyId, update);
      }
      this.#forgetAwareness(removed);
    });
  }

  /** Whether the room still takes changes: false once it began to unload. */
  get accepting(): boolean {
    return !this.#closed && !this.#unloading;
  }

  /** What this treaty holds in memory, for the operator (costs an encoding of the document). */
  figures(): RoomFiguresJSON {
    let structs = 0;
    for (const list of this.doc.store.clients.values()) structs += list.length;
    return {
      documentBytes: Y.encodeStateAsUpdate(this.doc).byteLength,
      clients: this.doc.store.clients.size,
      structs,
      awarenessStates: this.awareness.states.size,
      awarenessClocks: this.awareness.meta.size,
      connections: this.connections.size,
    };
  }

  join(connection: Connection): void {
    this.connections.add(connection);
    connection.send(encodeSyncStep1(this.doc));
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) connection.send(encodeAwareness(this.awareness, states));
  }

  handle(connection: Connection, message: ClientMessage): void {
    // An unloading room takes nothing new: what it would not store, clients send again to the next one.
    if (this.#closed || this.#unloading) return;
    switch (message.kind) {
      case 'syncStep1':
        // Only stored state is served: answered once what the document holds now is committed.
        this.#waitingSyncs.push({ connection, stateVector: message.stateVector });
        this.deps.commits.touch(this);
        return;
      case 'update': {
        if (!connection.canEdit) {
          this.#refuseWrite(connection, message.empty);
          return;
        }
        Y.applyUpdate(this.doc, message.update, connection);
        const reasons = this.#hooks.flatMap((hook) => hook.afterClientUpdate?.() ?? []);
        if (reasons.length > 0) this.#revertedWrite(connection, reasons);
        if (this.#pending.tooLarge()) {
          this.#pending.drop();
          connection.rejections.note('dropped changes that depend on changes the server never received');
          connection.close(CloseCode.MalformedMessage, 'update depends on unknown changes');
        }
        return;
      }
      case 'barrier':
        this.#barriers.set(connection, Math.max(message.seq, this.#barriers.get(connection) ?? 0));
        this.deps.commits.touch(this);
        return;
      case 'awareness':
        this.#applyAwareness(connection, message);
        return;
      case 'queryAwareness':
        connection.send(encodeAwareness(this.awareness, [...this.awareness.getStates().keys()]));
        return;
    }
  }

  /**
   * A read-only connection's sync step 2 or update is dropped: never applied,
   * broadcast or stored. An up-to-date client's empty step 2 is part of the
   * handshake; anything with content counts, and repeated attempts close it.
   */
  #refuseWrite(connection: Connection, empty: boolean): void {
    if (empty) return;
    if (connection.refuse(Refusal.readOnlyWrite))
      connection.close(CloseCode.Forbidden, 'observers cannot edit');
  }

  /** Part of a client's update was reverted: logged, audited with the next commit, and limited. */
  #revertedWrite(connection: Connection, reasons: string[]): void {
    // Its audit entry is stored with the commit: nobody sees this turn before it.
    this.#unsentFromServer = true;
    const reverted = this.#reverted.get(connection) ?? { count: 0, reasons: new Set<string>() };
    reverted.count += reasons.length;
    for (const reason of reasons)
      if (reverted.reasons.size < MAX_AUDITED_REASONS) reverted.reasons.add(reason);
    this.#reverted.set(connection, reverted);
    if (connection.refuse(Refusal.revertedWrite, { reasons: reasons.slice(0, MAX_AUDITED_REASONS) })) {
      connection.close(CloseCode.Forbidden, 'too many writes the server had to revert');
    }
  }

  /** Audit entries for what is committed now (the GroupCommit stores them with it). */
  #takeAudit(): RoomAuditEntry[] {
    const entries: RoomAuditEntry[] = [...this.#reverted].map(([connection, { count, reasons }]) => ({
      actor: auditActor(connection.access),
      event: 'write.reverted',
      details: { count, reasons: [...reasons] },
    }));
    this.#reverted = new Map();
    return [...entries, ...this.#hooks.flatMap((hook) => hook.beforeCommit?.() ?? [])];
  }

  #applyAwareness(connection: Connection, message: Extract<ClientMessage, { kind: 'awareness' }>): void {
    if (message.update.byteLength > Limits.maxAwarenessBytes) {
      connection.close(CloseCode.MessageTooBig, 'awareness state too large');
      return;
    }
    const claimsOthers = message.entries.some(({ clientId }) => {
      const owner = this.#awarenessOwners.get(clientId);
      return (owner !== undefined && owner !== connection) || !connection.canClaim(clientId);
    });
    if (claimsOthers || !connection.takeAwarenessToken()) return;
    const entries: AwarenessEntry[] = [];
    for (const entry of message.entries) {
      const parsed = parseClientAwareness(entry.state);
      if (!parsed.ok) {
        if (connection.refuse(Refusal.invalidAwareness, { reason: parsed.reason })) {
          connection.close(CloseCode.InvalidAwareness, 'invalid awareness state');
          return;
        }
        continue;
      }
      const state = parsed.state && {
        user: connection.identity,
        // A caret into content this document does not hold (yet) is not drawn, not refused.
        cursor:
          parsed.state.cursor && cursorResolvesIn(parsed.state.cursor, this.doc, this.#fragment)
            ? parsed.state.cursor
            : null,
      };
      entries.push({ ...entry, state });
    }
    if (entries.length === 0) return;
    for (const { clientId } of entries) {
      connection.controlledIds.add(clientId);
      this.#awarenessOwners.set(clientId, connection);
    }
    // Re-encoded as checked: `user` from the session, a cursor that decodes here, nothing else.
    awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(entries), connection);
  }

  /** Closes the connections of a member whose access was revoked. */
  disconnectMember(memberId: string, code: number, reason: string): void {
    for (const connection of this.connections) {
      if (connection.memberId === memberId) connection.close(code, reason);
    }
  }

  leave(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    this.#barriers.delete(connection);
    for (const clientId of connection.controlledIds) this.#awarenessOwners.delete(clientId);
    awarenessProtocol.removeAwarenessStates(this.awareness, [...connection.controlledIds], DISCONNECTED);
    this.#forgetAwareness(connection.controlledIds);
    if (this.connections.size === 0) void this.unload();
  }

  /**
   * y-protocols keeps the clock of every client id it has ever seen, so a
   * long-lived room would grow with every visit (and its 3-second timeout
   * sweep with it). The clock only guards against stale states from other
   * peers; here only the connection that owns an id may send for it, so the
   * clock of an id without a state can go.
   */
  #forgetAwareness(clientIds: Iterable<number>): void {
    for (const clientId of clientIds) {
      if (!this.awareness.states.has(clientId)) this.awareness.meta.delete(clientId);
    }
  }

  #schedulePublish(): void {
    if (this.#publishScheduled) return;
    this.#publishScheduled = true;
    // Scheduled before the GroupCommit's turn: the others see the edit before the fsync starts.
    setImmediate(() => {
      this.#publishScheduled = false;
      this.#publish();
    });
  }

  /**
   * Ends the turn's batch: merged once, for the next commit and for the
   * connections. A batch of client updates only goes out at once, unless a
   * held batch is still waiting (the order others see is the order applied
   * here); a batch with a server edit waits for its commit (see `stored`).
   */
  #publish(): void {
    if (this.#unsent.length === 0) return;
    const updates = this.#unsent;
    const fromServer = this.#unsentFromServer;
    this.#unsent = [];
    this.#unsentFromServer = false;
    const batch = { updates, merged: mergeAll(updates.map(({ update }) => update)), fromServer };
    this.#unstored.push(batch.merged);
    if (fromServer || this.#held.length > 0) this.#held.push(batch);
    else this.#broadcast(batch);
  }

  /**
   * After a commit stored the first `count` held batches: they go out, and so
   * do the client batches behind them, up to the next batch with a server edit.
   */
  #release(count: number): void {
    const released = this.#held.splice(0, count);
    while (this.#held[0] && !this.#held[0].fromServer) released.push(this.#held.shift() as Batch);
    for (const batch of released) this.#broadcast(batch);
  }

  /**
   * Called by the GroupCommit as a commit begins: the room's updates
   * (published now, if their turn has not ended yet), derived audit entries,
   * barriers and sync answers of this moment go with it; barriers, sync
   * answers and held batches are answered once it is stored. Whatever arrives
   * meanwhile waits for the next. The room keeps its own merged batches, so
   * `_updates` (the same updates) is not merged again.
   */
  beginCommit(_updates: QueuedUpdate[]): TargetCommit {
    this.#publish();
    const releasing = this.#held.length;
    const pieces = this.#unstored;
    this.#unstored = [];
    const barriers = this.#barriers;
    this.#barriers = new Map();
    // Encoded now, while the document holds exactly what this commit stores.
    const syncs = this.#waitingSyncs.map(({ connection, stateVector }) => ({
      connection,
      message: encodeSyncStep2(this.doc, stateVector),
    }));
    this.#waitingSyncs = [];
    const merged = pieces.length > 0 ? mergeAll(pieces) : null;
    return {
      row: merged && { update: merged, ...treatySummaryFromYDoc(this.doc) },
      audits: this.#takeAudit(),
      stored: (seq) => {
        if (this.#closed) return;
        if (merged && seq !== null) {
          this.#storedSeqs.push(seq);
          const now = Date.now();
          this.changes = { first: this.changes?.first ?? now, last: now };
          // Other processes hear of it only once it is stored: the relay carries its row's seq.
          this.deps.relay.publishUpdate(this.treatyId, merged, seq);
        }
        this.#release(releasing);
        for (const { connection, message } of syncs) connection.send(message);
        for (const [connection, seq] of barriers) connection.send(encodeDurable(seq));
        if (this.#pending.stale()) {
          this.deps.log.warn(
            { treatyId: this.treatyId },
            'dropped changes that waited too long for what they depend on',
          );
          this.#pending.drop();
        }
        if (this.#storedSeqs.length > this.deps.compactAfterRows) void this.#compact();
      },
      failed: (error) => this.#failCommit(error),
    };
  }

  /** An update another process stored as row `seq`: applied and passed on to this room's connections. */
  applyRemoteUpdate(update: Uint8Array, seq: number): void {
    if (this.#closed) return;
    Y.applyUpdate(this.doc, update, RELAYED);
    // As a room loads, the relay may deliver rows the store read already held.
    if (!this.#storedSeqs.includes(seq)) this.#storedSeqs.push(seq);
  }

  applyRemoteAwareness(update: Uint8Array): void {
    if (this.#closed) return;
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, RELAYED);
  }

  localAwareness(): Uint8Array | null {
    if (this.#closed) return null;
    const owned = [...this.#awarenessOwners.keys()].filter((clientId) => this.awareness.states.has(clientId));
    return owned.length > 0 ? awarenessProtocol.encodeAwarenessUpdate(this.awareness, owned) : null;
  }

  async healFromStore(): Promise<void> {
    const rows = await this.deps.storage.treaties.load(this.treatyId);
    if (this.#closed) return;
    const known = new Set(this.#storedSeqs);
    // Only what this document lacks is applied (and passed on to the connections); the rest is a no-op.
    Y.transact(
      this.doc,
      () => {
        for (const { data } of rows) Y.applyUpdate(this.doc, data, RELAYED);
      },
      RELAYED,
    );
    for (const { seq } of rows) if (!known.has(seq)) this.#storedSeqs.push(seq);
  }

  /**
   * One frame per connection for the whole batch, encoded once. A connection
   * whose own updates are in it gets the others' merged without them, while
   * there are few such senders; past that it gets the whole batch, as merging
   * per sender would cost senders × updates, and Yjs skips what it already has.
   */
  #broadcast({ updates, merged }: Batch): void {
    const senders = new Set<Connection>();
    for (const { origin } of updates) if (origin) senders.add(origin);
    const separate = senders.size <= MAX_SEPARATE_SENDERS;
    const message = encodeUpdate(merged);
    for (const connection of this.connections) {
      if (!(separate && senders.has(connection))) connection.send(message);
    }
    if (!separate) return;
    for (const sender of senders) {
      const others = updates.filter(({ origin }) => origin !== sender).map(({ update }) => update);
      if (others.length > 0 && this.connections.has(sender)) sender.send(encodeUpdate(mergeAll(others)));
    }
  }

  /**
   * The store refused a commit: the in-memory document now holds edits that
   * are not stored, so it is thrown away. Clients keep their edits and send
   * them again when they reconnect to a freshly loaded room.
   */
  #failCommit(error: Error): void {
    if (this.#closed) return;
    this.deps.log.error({ err: error, treatyId: this.treatyId }, 'commit failed; closing room');
    for (const connection of this.connections) connection.close(CloseCode.StoreFailed, 'could not save');
    this.#close();
  }

  /** Commits, compacts and frees the room; its connections are closed with `code`. */
  unload(code: number = CloseCode.GoingAway): Promise<void> {
    if (this.#closed) return Promise.resolve();
    if (!this.#unloading) {
      this.#unloading = this.#unload(code);
      this.lifecycle.unloading(this, this.#unloading);
    }
    return this.#unloading;
  }

  async #unload(code: number): Promise<void> {
    await this.deps.commits.flush();
    if (this.#closed) return;
    try {
      await this.deps.beforeUnload?.(this);
    } catch (error) {
      this.deps.log.error({ err: error, treatyId: this.treatyId }, 'before-unload hook failed');
    }
    // A compaction started while people typed merged only the rows before it: wait, then merge the rest.
    await this.#compaction;
    if (this.#storedSeqs.length > 1) await this.#compact();
    for (const connection of this.connections) connection.close(code, 'room closed');
    this.#close();
  }

  #compact(): Promise<void> {
    if (this.#compacting || this.#closed) return this.#compaction;
    this.#compaction = this.#compactNow();
    return this.#compaction;
  }

  async #compactNow(): Promise<void> {
    this.#compacting = true;
    const merged = [...this.#storedSeqs];
    try {
      const seq = await this.deps.storage.treaties.compact(
        this.treatyId,
        Y.encodeStateAsUpdate(this.doc),
        merged,
      );
      // null: another process is compacting this treaty; the rows stay until the next occasion.
      if (seq !== null) {
        const replaced = new Set(merged);
        this.#storedSeqs = [seq, ...this.#storedSeqs.filter((stored) => !replaced.has(stored))];
      }
    } catch (error) {
      // The log is still intact; compaction is retried on the next occasion.
      this.deps.log.warn({ err: error, treatyId: this.treatyId }, 'compaction failed');
    } finally {
      this.#compacting = false;
    }
  }

  #close(): void {
    this.#closed = true;
    this.connections.clear();
    this.#destroy();
    this.#stopRelay().catch((error: unknown) =>
      this.deps.log.warn({ err: error, treatyId: this.treatyId }, 'could not leave the relay'),
    );
    this.lifecycle.closed(this);
  }

  #destroy(): void {
    this.awareness.destroy();
    this.doc.destroy();
  }
}

/** Transaction and awareness origin of what another process relayed. */
const RELAYED = Symbol('relayed');

/** Awareness origin of the states a leaving connection held. */
const DISCONNECTED = 'disconnect';

/** Reasons kept per connection and commit in a `write.reverted` audit entry. */
const MAX_AUDITED_REASONS = 10;

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}
