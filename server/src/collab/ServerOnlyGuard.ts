import { AGREEMENT_ROOTS, LANGUAGES_ROOT, SERVER_TAG_ROOTS } from '@pactum/shared';
import type * as Y from 'yjs';
import type { RoomHook } from './RoomHook.ts';

/** Root maps only the server writes: the agreement records, the parties, the treaty's own domains and languages. */
export const SERVER_ONLY_ROOTS: readonly string[] = [...AGREEMENT_ROOTS, ...SERVER_TAG_ROOTS, LANGUAGES_ROOT];

interface ClientChange {
  map: Y.Map<unknown>;
  root: string;
  key: string;
  added: boolean;
  oldValue: unknown;
}

/**
 * The maps in {@link SERVER_ONLY_ROOTS} are written only by the server, after
 * it has authorised a REST call (the chair's, for parties and domains). Any
 * client write to them — add, change or delete — is reverted right after the
 * update is applied, by a server edit stored and broadcast in the same batch.
 */
export class ServerOnlyGuard implements RoomHook {
  #changes: ClientChange[] = [];

  constructor(
    private readonly doc: Y.Doc,
    isClientOrigin: (origin: unknown) => boolean,
  ) {
    for (const root of SERVER_ONLY_ROOTS) {
      const map = doc.getMap<unknown>(root);
      map.observe((event, transaction) => {
        if (!isClientOrigin(transaction.origin)) return;
        for (const [key, change] of event.changes.keys) {
          this.#changes.push({ map, root, key, added: change.action === 'add', oldValue: change.oldValue });
        }
      });
    }
  }

  /** Undoes what the last client update wrote to the server's maps; returns what it touched. */
  afterClientUpdate(): string[] {
    if (this.#changes.length === 0) return [];
    const changes = this.#changes;
    this.#changes = [];
    this.doc.transact(() => {
      for (const { map, key, added, oldValue } of changes) {
        if (added) map.delete(key);
        else map.set(key, oldValue);
      }
    }, this);
    return changes.map(({ root, key }) => `${root}/${key.slice(0, 80)}: only the server writes this`);
  }
}
