import { CloseCode, encodeDurable, Limits } from '@pactum/shared';
import * as encoding from 'lib0/encoding';
import type { Logger } from 'pino';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { loadTreatyDoc } from '../persistence/loadTreatyDoc.ts';
import type { TreatyStore } from '../persistence/TreatyStore.ts';
import { AgreementGuard } from './AgreementGuard.ts';
import { Connection } from './Connection.ts';
import type { AwarenessEntry, ClientMessage } from './decodeClientMessage.ts';
import { EditTracker } from './EditTracker.ts';
import { type CommittedBatch, type GroupCommit, mergeAll } from './GroupCommit.ts';
import { encodeAwareness, encodeSyncStep1, encodeSyncStep2, encodeUpdate } from './messages.ts';
import { TagGuard } from './TagGuard.ts';

/** Senders in one batch that still get it without their own updates (see `#broadcast`). */
const MAX_SEPARATE_SENDERS = 4;

export interface RoomDeps {
  store: TreatyStore;
  commits: GroupCommit;
  log: Logger;
  /** Compact the update log once it holds more rows than this. */
  compactAfterRows: number;
  /** Called when the room is about to unload with everything committed (e.g. to take a checkpoint). */
  beforeUnload?: (room: Room) => void;
}

/**
 * One treaty being edited: its Y.Doc, the awareness of the people in it and
 * their connections. Every change to the document — from a client or from the
 * server — goes through the GroupCommit before anyone else sees it.
 */
export class Room {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Set<Connection>();
  /** Highest barrier per connection still waiting for the next commit. */
  #barriers = new Map<Connection, number>();
  #awarenessOwners = new Map<number, Connection>();
  #storedRows: number;
  #closed = false;
  readonly #tags = new TagGuard(this.doc, (origin) => origin instanceof Connection);
  readonly #agreement = new AgreementGuard(this.doc, (origin) => origin instanceof Connection);
  readonly editors = new EditTracker(this.doc, (origin) =>
    origin instanceof Connection ? origin.identity.delegation || origin.identity.name : null,
  );
  /** When the first change since the last checkpoint was committed, and the latest one; null when clean. */
  changes: { first: number; last: number } | null = null;

  /**
   * Loads the stored document; throws if it cannot, and then nothing has been
   * created or written.
   */
  static load(treatyId: string, deps: RoomDeps, onClosed: (room: Room) => void): Room {
    const room = new Room(treatyId, deps, onClosed, deps.store.updateCount(treatyId));
    try {
      loadTreatyDoc(deps.store, treatyId, room.doc);
    } catch (error) {
      room.#destroy();
      throw error;
    }
    room.#listen();
    return room;
  }

  private constructor(
    readonly treatyId: string,
    private readonly deps: RoomDeps,
    private readonly onClosed: (room: Room) => void,
    storedRows: number,
  ) {
    this.#storedRows = storedRows;
    this.awareness.setLocalState(null);
  }

  #listen(): void {
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      this.deps.commits.enqueue(this, update, origin instanceof Connection ? origin : null);
    });
    this.awareness.on('update', ({ added, updated, removed }: AwarenessChange) => {
      const message = encodeAwareness(this.awareness, [...added, ...updated, ...removed]);
      for (const connection of this.connections) connection.send(message);
    });
  }

  join(connection: Connection): void {
    this.connections.add(connection);
    connection.send(encodeSyncStep1(this.doc));
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) connection.send(encodeAwareness(this.awareness, states));
  }

  handle(connection: Connection, message: ClientMessage): void {
    if (this.#closed) return;
    switch (message.kind) {
      case 'syncStep1':
        // Only stored state is served: commit whatever is still queued first.
        this.deps.commits.flush();
        connection.send(encodeSyncStep2(this.doc, message.stateVector));
        return;
      case 'update': {
        if (!connection.canEdit) {
          this.#refuseWrite(connection, message.empty);
          return;
        }
        Y.applyUpdate(this.doc, message.update, connection);
        const rejected = this.#tags.revertInvalid();
        if (rejected.length > 0) {
          this.deps.log.warn(
            { treatyId: this.treatyId, rejected },
            'reverted invalid clause tags from a client',
          );
        }
        const forbidden = this.#agreement.revertClientWrites();
        if (forbidden.length > 0) {
          this.deps.log.warn(
            { treatyId: this.treatyId, memberId: connection.memberId, keys: forbidden.slice(0, 20) },
            'reverted a client write to the agreement records (only the server writes them)',
          );
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
    this.deps.log.warn(
      { treatyId: this.treatyId, memberId: connection.memberId, role: connection.access.role },
      'dropped a document update from a read-only connection',
    );
    if (connection.refuseWrite()) connection.close(CloseCode.Forbidden, 'observers cannot edit');
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
    for (const { clientId } of message.entries) {
      connection.controlledIds.add(clientId);
      this.#awarenessOwners.set(clientId, connection);
    }
    awarenessProtocol.applyAwarenessUpdate(
      this.awareness,
      withServerIdentity(message.entries, connection),
      connection,
    );
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
    awarenessProtocol.removeAwarenessStates(this.awareness, [...connection.controlledIds], 'disconnect');
    if (this.connections.size === 0) this.unload();
  }

  /** Called by the GroupCommit once `batch` (null: no updates, only barriers) is on disk. */
  afterCommit(batch: CommittedBatch | null): void {
    if (this.#closed) return;
    if (batch) {
      this.#storedRows += 1;
      const now = Date.now();
      this.changes = { first: this.changes?.first ?? now, last: now };
      this.#broadcast(batch);
    }
    for (const [connection, seq] of this.#barriers) connection.send(encodeDurable(seq));
    this.#barriers.clear();
    if (this.#storedRows > this.deps.compactAfterRows) this.#compact();
  }

  /**
   * One frame per connection for the whole batch, encoded once. A connection
   * whose own updates are in it gets the others' merged without them, while
   * there are few such senders; past that it gets the whole batch, as merging
   * per sender would cost senders × updates, and Yjs skips what it already has.
   */
  #broadcast({ updates, merged }: CommittedBatch): void {
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
   * are not on disk, so it is thrown away. Clients keep their edits and send
   * them again when they reconnect to a freshly loaded room.
   */
  failCommit(error: Error): void {
    this.deps.log.error({ err: error, treatyId: this.treatyId }, 'commit failed; closing room');
    for (const connection of this.connections) connection.close(CloseCode.StoreFailed, 'could not save');
    this.#close();
  }

  /** Commits, compacts and frees the room; its connections are closed with `code`. */
  unload(code: number = CloseCode.GoingAway): void {
    if (this.#closed) return;
    this.deps.commits.flush();
    if (this.#closed) return;
    try {
      this.deps.beforeUnload?.(this);
    } catch (error) {
      this.deps.log.error({ err: error, treatyId: this.treatyId }, 'before-unload hook failed');
    }
    if (this.#storedRows > 1) this.#compact();
    for (const connection of this.connections) connection.close(code, 'room closed');
    this.#close();
  }

  #compact(): void {
    try {
      this.deps.store.compact(this.treatyId, Y.encodeStateAsUpdate(this.doc));
      this.#storedRows = 1;
    } catch (error) {
      // The log is still intact; compaction is retried on the next occasion.
      this.deps.log.warn({ err: error, treatyId: this.treatyId }, 'compaction failed');
    }
  }

  #close(): void {
    this.#closed = true;
    this.connections.clear();
    this.#destroy();
    this.onClosed(this);
  }

  #destroy(): void {
    this.awareness.destroy();
    this.doc.destroy();
  }
}

/**
 * The awareness update re-encoded with `user` (name, delegation, colour,
 * role) taken from the server session: nobody can pose as someone else.
 */
function withServerIdentity(entries: AwarenessEntry[], connection: Connection): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    const rewritten =
      state !== null && typeof state === 'object' ? { ...state, user: connection.identity } : state;
    encoding.writeVarString(encoder, JSON.stringify(rewritten));
  }
  return encoding.toUint8Array(encoder);
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}
