import {
  ApiErrorCode,
  isValidTreatyId,
  newTreatyId,
  type TreatyDraft,
  type TreatyFile,
  type TreatyJSON,
  type TreatySummary,
  treatyFromYDoc,
  treatySummaryFromYDoc,
  writeTreatyFileToYDoc,
  writeTreatyToYDoc,
} from '@pactum/shared';
import * as Y from 'yjs';
import type { Room } from './collab/Room.ts';
import type { RoomRegistry } from './collab/RoomRegistry.ts';
import { InvalidError, NotFoundError } from './DomainError.ts';
import { loadTreatyDoc } from './persistence/loadTreatyDoc.ts';
import type { TreatyStore } from './persistence/TreatyStore.ts';

/** Transaction origin of edits the server makes itself (adopting an option, agreement records). */
export const SERVER_EDIT = Symbol('server edit');

/** Treaty operations behind the REST API, reading live rooms first and the store otherwise. */
export class TreatyService {
  constructor(
    private readonly store: TreatyStore,
    private readonly rooms: RoomRegistry,
  ) {}

  list(): TreatySummary[] {
    return this.store.list();
  }

  create(draft: TreatyDraft): TreatySummary {
    const doc = new Y.Doc();
    writeTreatyToYDoc(doc, draft);
    const id = newTreatyId();
    this.store.createTreaty(id, treatySummaryFromYDoc(doc), Y.encodeStateAsUpdate(doc));
    doc.destroy();
    return this.summary(id);
  }

  /** Creates a treaty from an imported file (see `writeTreatyFileToYDoc`); throws on content a treaty cannot hold. */
  importFile(file: TreatyFile): TreatySummary {
    const doc = new Y.Doc();
    try {
      writeTreatyFileToYDoc(doc, file);
      const id = newTreatyId();
      this.store.createTreaty(id, treatySummaryFromYDoc(doc), Y.encodeStateAsUpdate(doc));
      return this.summary(id);
    } finally {
      doc.destroy();
    }
  }

  read(id: string): TreatySummary & TreatyJSON {
    const summary = this.summary(id);
    return { ...summary, ...this.withDoc(id, (doc) => treatyFromYDoc(doc)) };
  }

  /**
   * Runs `read` on the treaty's live document, or on a copy loaded from the
   * store. Only stored state is read: what is still queued is committed first
   * (a room whose commit fails is dropped, and the store's copy is read).
   */
  withDoc<T>(id: string, read: (doc: Y.Doc, room: Room | undefined) => T): T {
    this.summary(id);
    if (!this.store.db.inTransaction) this.rooms.commit();
    const room = this.rooms.get(id);
    if (room) return read(room.doc, room);
    const doc = loadTreatyDoc(this.store, id);
    try {
      return read(doc, undefined);
    } finally {
      doc.destroy();
    }
  }

  /**
   * Runs `change` on the treaty's live document as a server edit and commits
   * it, with `alongside` (e.g. its audit entry) in the same transaction, before
   * returning: when this returns, the change is on disk and on its way to
   * every connected client. `change` must validate before it writes anything.
   */
  edit<T>(id: string, change: (doc: Y.Doc) => T, alongside?: (result: T) => void): T {
    this.summary(id);
    const room = this.rooms.open(id);
    try {
      let result: T | undefined;
      room.doc.transact(() => {
        result = change(room.doc);
      }, SERVER_EDIT);
      this.rooms.commit(() => alongside?.(result as T));
      return result as T;
    } finally {
      if (room.connections.size === 0) room.unload();
    }
  }

  /** The identity of the treaty's document (see `TreatyStore.epochOf`); throws like {@link summary}. */
  epoch(id: string): string {
    this.summary(id);
    return this.store.epochOf(id) as string;
  }

  /** The treaty's summary; InvalidError for a malformed id, NotFoundError for an unknown one. */
  summary(id: string): TreatySummary {
    if (!isValidTreatyId(id)) {
      throw new InvalidError('treaty ids are 1-64 letters, digits, - or _', ApiErrorCode.InvalidTreatyId);
    }
    const summary = this.store.summary(id);
    if (!summary) throw new NotFoundError(`no treaty ${id}`);
    return summary;
  }
}
