import { IndexeddbPersistence, storeState } from 'y-indexeddb';
import type * as Y from 'yjs';
import { deleteLocalCopy } from './deleteLocalCopy.ts';

/** y-indexeddb's store of small values beside the document's updates. */
const CUSTOM_STORE = 'custom';
/** Keys of the unconfirmed-change counts, one per page that kept changes here. */
const UNSAVED = 'unsaved:';
/** A copy that takes longer to open is given up: the treaty opens from the server alone. */
const OPEN_TIMEOUT_MS = 5000;
/**
 * y-indexeddb appends every update as a row (a whole diff from the server on
 * each open) and merges them only past 500; a copy opened with this many is
 * merged into one row after the first sync.
 */
const COMPACT_FROM_ROWS = 50;

function settled<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function committed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error ?? new Error('transaction aborted'));
  });
}

/**
 * The treaty's document kept in IndexedDB on this device (y-indexeddb), with
 * how many of its changes the server has not confirmed, so both survive a
 * reload or a closed laptop. y-indexeddb reports no errors: a failed write,
 * an aborted transaction or a database deleted by another page (signing
 * out) makes this copy lost, and `onLost` is told once; the page then goes on
 * without a copy on the device.
 */
export class LocalCopy {
  readonly #persistence: IndexeddbPersistence;
  readonly #unsavedKey: string;
  readonly #opened: Promise<boolean>;
  readonly #onLost: () => void;
  #lost = false;
  #closed = false;
  #ready = false;
  #written = 0;
  #toWrite: number | null = null;

  constructor(
    readonly name: string,
    doc: Y.Doc,
    onLost: () => void,
  ) {
    this.#onLost = onLost;
    this.#unsavedKey = `${UNSAVED}${doc.guid}`;
    const persistence = new IndexeddbPersistence(name, doc);
    this.#persistence = persistence;
    // Its update listener writes without a try: a closed database would throw into the editor's transaction.
    const store = persistence._storeUpdate;
    doc.off('update', store);
    persistence._storeUpdate = (update, origin) => {
      if (this.#lost || this.#closed) return;
      try {
        store(update, origin);
      } catch (error) {
        this.#lose(error);
      }
    };
    doc.on('update', persistence._storeUpdate);
    persistence._db.then(
      (db) => this.#watch(db),
      (error: unknown) => this.#lose(error),
    );
    this.#opened = new Promise<boolean>((resolve) => {
      persistence.whenSynced.then(() => resolve(true));
      setTimeout(() => resolve(false), OPEN_TIMEOUT_MS);
    });
  }

  /**
   * Merges the copy into the document. Resolves with how many of its changes
   * the server has not confirmed, or null when this device keeps no copy (no
   * IndexedDB, an error, or too slow to open).
   */
  async open(): Promise<number | null> {
    const opened = await this.#opened;
    if (this.#lost || this.#closed) return null;
    if (!opened) {
      this.#lose(new Error(`the copy did not open in ${OPEN_TIMEOUT_MS} ms`));
      return null;
    }
    try {
      const carried = await this.#takeUnsaved();
      this.#ready = true;
      return carried;
    } catch (error) {
      this.#lose(error);
      return null;
    }
  }

  get lost(): boolean {
    return this.#lost;
  }

  /** Remembers how many changes the server has not confirmed yet (written at most once per task). */
  recordUnsaved(count: number): void {
    if (!this.#ready || this.#lost || this.#closed) return;
    const queued = this.#toWrite !== null;
    this.#toWrite = count;
    if (!queued) queueMicrotask(() => this.#writeUnsaved());
  }

  /** Merges the copy's rows into one when opening has piled them up. */
  compact(): void {
    if (!this.#ready || this.#lost || this.#closed) return;
    if (this.#persistence._dbsize < COMPACT_FROM_ROWS) return;
    storeState(this.#persistence, true).catch((error: unknown) => this.#lose(error));
  }

  /** Stops keeping the document; what is kept stays for the next time. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#writeUnsaved();
    this.#closed = true;
    await this.#persistence.destroy().catch(() => {});
  }

  /** Stops keeping the document and deletes the copy. */
  async forget(): Promise<void> {
    this.#toWrite = null;
    await this.close();
    await deleteLocalCopy(this.name);
  }

  #watch(db: IDBDatabase): void {
    // Errors of every request and transaction on this database bubble up to it.
    db.addEventListener('error', (event) => this.#lose((event.target as IDBRequest | null)?.error));
    db.addEventListener('abort', (event) => this.#lose((event.target as IDBTransaction | null)?.error));
    db.addEventListener('close', () => this.#lose(new Error('the browser closed the database')));
    db.addEventListener('versionchange', () => this.#lose(new Error('the copy is being deleted')));
  }

  /** Takes over the counts other pages left (their changes are in the merged document now). */
  async #takeUnsaved(): Promise<number> {
    const db = this.#persistence.db as IDBDatabase;
    const transaction = db.transaction([CUSTOM_STORE], 'readwrite');
    const done = committed(transaction);
    const store = transaction.objectStore(CUSTOM_STORE);
    const range = IDBKeyRange.bound(UNSAVED, `${UNSAVED}\uffff`);
    const counts: unknown[] = await settled(store.getAll(range));
    const carried = counts.reduce<number>(
      (sum, count) => sum + (typeof count === 'number' && count > 0 ? count : 0),
      0,
    );
    store.delete(range);
    if (carried > 0) store.put(carried, this.#unsavedKey);
    await done;
    this.#written = carried;
    return carried;
  }

  #writeUnsaved(): void {
    const count = this.#toWrite;
    this.#toWrite = null;
    if (count === null || count === this.#written || this.#lost || this.#closed) return;
    try {
      const db = this.#persistence.db as IDBDatabase;
      const store = db.transaction([CUSTOM_STORE], 'readwrite').objectStore(CUSTOM_STORE);
      if (count > 0) store.put(count, this.#unsavedKey);
      else store.delete(this.#unsavedKey);
      this.#written = count;
    } catch (error) {
      this.#lose(error);
    }
  }

  #lose(error: unknown): void {
    if (this.#lost || this.#closed) return;
    this.#lost = true;
    console.warn(`The treaty is no longer kept on this device (${this.name}):`, error);
    this.#persistence.destroy().catch(() => {});
    this.#onLost();
  }
}
