import { CLAUSE_ID_ATTR, splitTagKey, TagRoot, TREATY_FRAGMENT } from '@pactum/shared';
import * as Y from 'yjs';
import { clauseOf } from './clauseOf.ts';
import type { RoomHook } from './RoomHook.ts';

/**
 * Remembers who edited which clause since it was last asked, for the
 * per-clause history ("edited by France, Ukraine since the previous state").
 * Text edits are traced up to their clause; tag edits by their key.
 */
export class EditTracker implements RoomHook {
  #editors = new Map<string, Set<string>>();

  constructor(doc: Y.Doc, identify: (origin: unknown) => string | null) {
    const add = (clauseId: unknown, who: string) => {
      if (typeof clauseId !== 'string' || clauseId === '') return;
      const set = this.#editors.get(clauseId) ?? new Set<string>();
      set.add(who);
      this.#editors.set(clauseId, set);
    };
    const fragment = doc.getXmlFragment(TREATY_FRAGMENT);
    fragment.observeDeep((events, transaction) => {
      const who = identify(transaction.origin);
      if (who === null) return;
      for (const event of events) {
        if (event.target !== fragment) {
          add(clauseOf(event.target)?.getAttribute(CLAUSE_ID_ATTR), who);
          continue;
        }
        for (const change of event.changes.delta) {
          for (const inserted of (change.insert as unknown[] | undefined) ?? []) {
            if (inserted instanceof Y.XmlElement) add(inserted.getAttribute(CLAUSE_ID_ATTR), who);
          }
        }
      }
    });
    for (const root of [TagRoot.clauseDomains, TagRoot.clauseThresholds, TagRoot.commitments]) {
      const map = doc.getMap<unknown>(root);
      map.observe((event, transaction) => {
        const who = identify(transaction.origin);
        if (who === null) return;
        for (const [key, change] of event.changes.keys) {
          if (root !== TagRoot.commitments) add(splitTagKey(key)?.clauseId, who);
          else add(((map.get(key) ?? change.oldValue) as { clauseId?: string } | undefined)?.clauseId, who);
        }
      });
    }
  }

  /** Who edited each clause since the last call; starts a new period. */
  beforeVersion(): Map<string, string[]> {
    const taken = new Map([...this.#editors].map(([clauseId, who]) => [clauseId, [...who].sort()]));
    this.#editors = new Map();
    return taken;
  }
}
