import { AGREEMENT_ROOTS, LANGUAGES_ROOT, TAG_ROOTS, TREATY_FRAGMENT } from '@pactum/shared';
import * as Y from 'yjs';
import type { RoomHook } from './RoomHook.ts';

/** Whatever type a transaction reports as changed (Yjs types it with `any`). */
type ChangedType = Y.Transaction['changed'] extends Map<infer T, unknown> ? T : never;

const MAP_ROOTS = [...TAG_ROOTS, ...AGREEMENT_ROOTS, LANGUAGES_ROOT];
const KNOWN_ROOTS = new Set<string>([TREATY_FRAGMENT, ...MAP_ROOTS]);

/**
 * A client can only write into the root types a treaty has (see treatyLayout.ts,
 * tags/tagsLayout.ts, agreement/agreementLayout.ts), and only in their shape:
 * entries in the maps, children in the fragment. Anything else — a root type
 * of its own, list content in a map, map entries on the fragment — is data
 * every member would download and nobody sees; it is deleted in the same turn.
 */
export class RootGuard implements RoomHook {
  #reasons: string[] = [];

  constructor(doc: Y.Doc, isClientOrigin: (origin: unknown) => boolean) {
    // Typed before any update arrives, so a client cannot define them with another type.
    doc.getXmlFragment(TREATY_FRAGMENT);
    for (const root of MAP_ROOTS) doc.getMap(root);
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (!isClientOrigin(transaction.origin)) return;
      const junk: Array<[ChangedType, 'list' | 'map' | 'all']> = [];
      for (const [type, keys] of transaction.changed) {
        if (type._item !== null) continue;
        const name = rootName(doc, type);
        if (name === null || !KNOWN_ROOTS.has(name)) {
          this.#reasons.push(`a root type the treaty does not have ("${(name ?? '?').slice(0, 40)}")`);
          junk.push([type, 'all']);
          continue;
        }
        const isMap = type.constructor === Y.Map;
        if (isMap && keys.has(null)) {
          this.#reasons.push(`list content in the map "${name}"`);
          junk.push([type, 'list']);
        } else if (!isMap && [...keys].some((key) => key !== null)) {
          this.#reasons.push(`map entries on "${name}"`);
          junk.push([type, 'map']);
        }
      }
      if (junk.length === 0) return;
      doc.transact((cleanup) => {
        for (const [type, part] of junk) {
          if (part !== 'map') for (let item = type._start; item; item = item.right) deleteItem(item, cleanup);
          if (part !== 'list') for (const item of type._map.values()) deleteItem(item, cleanup);
        }
      }, this);
    });
  }

  afterClientUpdate(): string[] {
    const reasons = this.#reasons;
    this.#reasons = [];
    return reasons;
  }
}

function rootName(doc: Y.Doc, type: ChangedType): string | null {
  for (const [name, root] of doc.share) if (root === type) return name;
  return null;
}

function deleteItem(item: Y.Item, transaction: Y.Transaction): void {
  if (!item.deleted) item.delete(transaction);
}
