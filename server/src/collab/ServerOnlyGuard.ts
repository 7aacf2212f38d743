import { AGREEMENT_ROOTS } from '@pactum/shared';
import type * as Y from 'yjs';

interface ClientChange {
  map: Y.Map<unknown>;
  key: string;
  added: boolean;
  oldValue: unknown;
}

/**
 * The agreement maps (sign-offs, brackets, options, comments, reservations)
 * are written only by the server after it has authorised a REST call. Any
 * client write to them — add, change or delete — is reverted right after the
 * update is applied, by a server edit stored and broadcast in the same batch.
 */
export class AgreementGuard {
  #changes: ClientChange[] = [];

  constructor(
    private readonly doc: Y.Doc,
    isClientOrigin: (origin: unknown) => boolean,
  ) {
    for (const root of AGREEMENT_ROOTS) {
      const map = doc.getMap<unknown>(root);
      map.observe((event, transaction) => {
        if (!isClientOrigin(transaction.origin)) return;
        for (const [key, change] of event.changes.keys) {
          this.#changes.push({ map, key, added: change.action === 'add', oldValue: change.oldValue });
        }
      });
    }
  }

  /** Undoes what the last client update wrote to the agreement maps; returns the keys it touched. */
  revertClientWrites(): string[] {
    if (this.#changes.length === 0) return [];
    const changes = this.#changes;
    this.#changes = [];
    this.doc.transact(() => {
      for (const { map, key, added, oldValue } of changes) {
        if (added) map.delete(key);
        else map.set(key, oldValue);
      }
    }, this);
    return changes.map(({ key }) => key);
  }
}
