import { CLIENT_TAG_ROOTS, DEFAULT_DOMAINS, TagRoot, validateTagEntry } from '@pactum/shared';
import type * as Y from 'yjs';
import type { RoomHook } from './RoomHook.ts';

interface InvalidEntry {
  map: Y.Map<unknown>;
  key: string;
  /** The entry was new: reverting deletes it; otherwise the old value comes back. */
  added: boolean;
  oldValue: unknown;
  message: string;
}

/**
 * Server-side validation of clause tags (the roots clients write; parties and
 * the treaty's own domains are the server's, see ServerOnlyGuard). Tag entries that a client writes are
 * checked once its update is applied; invalid ones are reverted by a server
 * edit that is stored and broadcast like any other, so the stored document
 * never keeps a malformed tag and every client converges on the valid value.
 * Valid entries in the same update are kept.
 */
export class TagGuard implements RoomHook {
  #invalid: InvalidEntry[] = [];

  constructor(
    private readonly doc: Y.Doc,
    /** Only changes whose transaction origin this accepts are checked (i.e. clients'). */
    isClientOrigin: (origin: unknown) => boolean,
  ) {
    const customDomains = doc.getMap<unknown>(TagRoot.customDomains);
    const isKnownDomain = (key: string) =>
      DEFAULT_DOMAINS.some((domain) => domain.key === key) ||
      (customDomains.has(key) &&
        validateTagEntry(TagRoot.customDomains, key, customDomains.get(key), () => true) === null);
    for (const root of CLIENT_TAG_ROOTS) {
      const map = doc.getMap<unknown>(root);
      map.observe((event, transaction) => {
        if (!isClientOrigin(transaction.origin)) return;
        for (const [key, change] of event.changes.keys) {
          if (change.action === 'delete') continue;
          const message = validateTagEntry(root, key, map.get(key), isKnownDomain);
          if (message)
            this.#invalid.push({
              map,
              key,
              added: change.action === 'add',
              oldValue: change.oldValue,
              message,
            });
        }
      });
    }
  }

  /** Reverts what the last client update wrote invalidly; returns why, empty when all was valid. */
  afterClientUpdate(): string[] {
    if (this.#invalid.length === 0) return [];
    const invalid = this.#invalid;
    this.#invalid = [];
    this.doc.transact(() => {
      for (const { map, key, added, oldValue } of invalid) {
        if (added) map.delete(key);
        else map.set(key, oldValue);
      }
    }, this);
    return invalid.map(({ key, message }) => `${key.slice(0, 80)}: ${message}`);
  }
}
