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
import type { GroupCommit } from './collab/GroupCommit.ts';
import type { Room } from './collab/Room.ts';
import type { RoomRegistry } from './collab/RoomRegistry.ts';
import { InvalidError, NotFoundError } from './DomainError.ts';
import { loadTreatyDoc } from './persistence/loadTreatyDoc.ts';
import type { Storage, StorageScope } from './persistence/Storage.ts';

/** Transaction origin of edits the server makes itself (adopting an option, agreement records). */
export const SERVER_EDIT = Symbol('server edit');

/** Treaty operations behind the REST API, reading live rooms first and the store otherwise. */
export class TreatyService {
  constructor(
    private readonly storage: Storage,
    private readonly rooms: RoomRegistry,
    private readonly commits: GroupCommit,
  ) {}

  list(): Promise<TreatySummary[]> {
    return this.storage.treaties.list();
  }

  /** Creates a treaty from `draft`; with `scope`, inside that transaction. */
  /** Creates a treaty from `draft`; `prepare` may add to its document before it is first stored. */
  async create(
    draft: TreatyDraft,
    scope: StorageScope = this.storage,
    prepare?: (doc: Y.Doc) => void,
  ): Promise<TreatySummary> {
    const doc = new Y.Doc();
    try {
      writeTreatyToYDoc(doc, draft);
      prepare?.(doc);
      return await this.#store(doc, scope);
    } finally {
      doc.destroy();
    }
  }

  /** Creates a treaty from an imported file (see `writeTreatyFileToYDoc`); throws on content a treaty cannot hold. */
  async importFile(file: TreatyFile): Promise<TreatySummary> {
    const doc = new Y.Doc();
    try {
      writeTreatyFileToYDoc(doc, file);
      return await this.#store(doc);
    } finally {
      doc.destroy();
    }
  }

  async #store(doc: Y.Doc, scope: StorageScope = this.storage): Promise<TreatySummary> {
    const id = newTreatyId();
    await scope.treaties.create(id, treatySummaryFromYDoc(doc), Y.encodeStateAsUpdate(doc));
    return (await scope.treaties.summary(id)) as TreatySummary;
  }

  async read(id: string): Promise<TreatySummary & TreatyJSON> {
    const summary = await this.summary(id);
    return { ...summary, ...(await this.withDoc(id, (doc) => treatyFromYDoc(doc))) };
  }

  /**
   * Runs `read` on the treaty's live document, or on a copy loaded from the
   * store. What is queued is committed first, so what is read is stored (a
   * room whose commit fails is dropped, and the store's copy is read).
   */
  async withDoc<T>(id: string, read: (doc: Y.Doc, room: Room | undefined) => T): Promise<T> {
    await this.summary(id);
    await this.commits.flush();
    const room = this.rooms.get(id);
    if (room) return read(room.doc, room);
    const doc = await loadTreatyDoc(this.storage.treaties, id);
    try {
      return read(doc, undefined);
    } finally {
      doc.destroy();
    }
  }

  /**
   * Runs `change` on the treaty's live document as a server edit and commits
   * it, with `alongside` (e.g. its audit entry) in the same transaction, before
   * returning: when this resolves, the change is stored and on its way to
   * every connected client. `change` must validate before it writes anything.
   */
  async edit<T>(
    id: string,
    change: (doc: Y.Doc) => T,
    alongside?: (result: T, scope: StorageScope) => Promise<unknown>,
  ): Promise<T> {
    await this.summary(id);
    let room = await this.rooms.open(id);
    // A room that began to unload meanwhile stores nothing more: the next one is loaded after it.
    while (!room.accepting) room = await this.rooms.open(id);
    try {
      let result: T | undefined;
      room.doc.transact(() => {
        result = change(room.doc);
      }, SERVER_EDIT);
      await this.commits.flush(async (scope) => {
        await alongside?.(result as T, scope);
      });
      return result as T;
    } finally {
      if (room.connections.size === 0) await room.unload();
    }
  }

  /** The identity of the treaty's document (see `TreatyLog.epochOf`); fails like {@link summary}. */
  async epoch(id: string): Promise<string> {
    await this.summary(id);
    return (await this.storage.treaties.epochOf(id)) as string;
  }

  /** The treaty's summary; InvalidError for a malformed id, NotFoundError for an unknown one. */
  async summary(id: string): Promise<TreatySummary> {
    if (!isValidTreatyId(id)) {
      throw new InvalidError('treaty ids are 1-64 letters, digits, - or _', ApiErrorCode.InvalidTreatyId);
    }
    const summary = await this.storage.treaties.summary(id);
    if (!summary) throw new NotFoundError(`no treaty ${id}`, ApiErrorCode.TreatyNotFound);
    return summary;
  }
}
