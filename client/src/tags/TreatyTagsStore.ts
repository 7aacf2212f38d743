import { readTreatyTags, TAG_ROOTS, type TreatyTags } from '@pactum/shared';
import type * as Y from 'yjs';

/**
 * The tags of an open treaty, read from its Y.Doc only after a transaction
 * touched one of the tag root maps, and then only when someone asks: typing
 * never re-reads them. A store for `useSyncExternalStore` and for the editor
 * plugins that draw tags.
 */
export class TreatyTagsStore {
  readonly #doc: Y.Doc;
  readonly #roots: ReadonlySet<unknown>;
  readonly #listeners = new Set<() => void>();
  #tags: TreatyTags | null = null;

  constructor(doc: Y.Doc) {
    this.#doc = doc;
    this.#roots = new Set(TAG_ROOTS.map((root) => doc.getMap(root)));
    doc.on('afterTransaction', this.#onTransaction);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getSnapshot = (): TreatyTags => {
    this.#tags ??= readTreatyTags(this.#doc);
    return this.#tags;
  };

  destroy(): void {
    this.#doc.off('afterTransaction', this.#onTransaction);
    this.#listeners.clear();
  }

  #onTransaction = (transaction: Y.Transaction): void => {
    if (![...transaction.changed.keys()].some((type) => this.#roots.has(type))) return;
    this.#tags = null;
    for (const listener of this.#listeners) listener();
  };
}
