import {
  AgreementRoot,
  type AuditActor,
  CLAUSE_ID_ATTR,
  CLIENT_TAG_ROOTS,
  type ClauseStatus,
  clauseAgreement,
  readAgreement,
  splitTagKey,
  TagRoot,
  TREATY_FRAGMENT,
  treatyFromYDoc,
} from '@pactum/shared';
import type * as Y from 'yjs';
import { auditActor } from '../access/AccessControl.ts';
import type { Connection } from './Connection.ts';
import { clauseOf } from './clauseOf.ts';

/** An audit entry a room hands to the commit that stores its updates. */
export interface RoomAuditEntry {
  actor: AuditActor;
  event: string;
  details: Record<string, unknown>;
}

/** The standing of an article that is no longer in the text. */
const DELETED = 'deleted';
type Standing = ClauseStatus | typeof DELETED;

interface Derived {
  status: Standing;
  number: number | null;
  contentHash: string | null;
}

/**
 * Which articles' agreement status an edit changed, for the audit chain. A
 * text or tag edit can only move an article that holds sign-offs or brackets
 * (its sign-offs go stale, or current again; it disappears): those are
 * tracked, and at each commit the ones clients touched are derived again and
 * compared. A change is recorded as `status.changed` with the edit's author.
 * Changes the server makes through REST calls record their own entries; here
 * they only refresh what is known.
 */
export class StatusAudit {
  readonly #doc: Y.Doc;
  /** Articles with sign-offs or brackets, and where they stood at the last commit. */
  #standing = new Map<string, Standing>();
  #pending = pendingChanges();

  constructor(doc: Y.Doc, clientOf: (origin: unknown) => Connection | null) {
    this.#doc = doc;
    const touch = (clauseId: unknown, who: Connection) => {
      if (typeof clauseId !== 'string') return;
      const editors = this.#pending.touched.get(clauseId) ?? [];
      if (!editors.includes(who)) editors.push(who);
      this.#pending.touched.set(clauseId, editors);
    };
    const fragment = doc.getXmlFragment(TREATY_FRAGMENT);
    fragment.observeDeep((events, transaction) => {
      const who = clientOf(transaction.origin);
      if (!who) return;
      for (const event of events) {
        if (event.target === fragment) {
          if (!this.#pending.restructuredBy.includes(who)) this.#pending.restructuredBy.push(who);
        } else {
          touch(clauseOf(event.target)?.getAttribute(CLAUSE_ID_ATTR), who);
        }
      }
    });
    for (const root of CLIENT_TAG_ROOTS) {
      const map = doc.getMap<unknown>(root);
      map.observe((event, transaction) => {
        const who = clientOf(transaction.origin);
        if (!who) return;
        for (const [key, change] of event.changes.keys) {
          if (root !== TagRoot.commitments) touch(splitTagKey(key)?.clauseId, who);
          else
            touch(((map.get(key) ?? change.oldValue) as { clauseId?: unknown } | undefined)?.clauseId, who);
        }
      });
    }
    for (const root of [AgreementRoot.signoffs, AgreementRoot.brackets]) {
      const map = doc.getMap<unknown>(root);
      map.observe((event) => {
        for (const [key, change] of event.changes.keys) {
          const value = (map.get(key) ?? change.oldValue) as { clauseId?: unknown } | undefined;
          if (typeof value?.clauseId === 'string') this.#pending.refresh.add(value.clauseId);
        }
      });
    }
    doc.getMap(TagRoot.parties).observe(() => {
      this.#pending.refreshAll = true;
    });
    this.#pending.refreshAll = true;
  }

  /** The `status.changed` entries of what clients changed since the last call. */
  take(): RoomAuditEntry[] {
    const { touched, restructuredBy, refresh, refreshAll } = this.#pending;
    this.#pending = pendingChanges();
    const watched = [...touched.keys()].some((id) => this.#standing.has(id));
    const restructured = restructuredBy.length > 0 && this.#standing.size > 0;
    if (!refreshAll && refresh.size === 0 && !watched && !restructured) return [];
    const now = this.#derive();
    const entries: RoomAuditEntry[] = [];
    if (!refreshAll) {
      for (const [clauseId, from] of this.#standing) {
        const to = now.get(clauseId);
        const editors = touched.get(clauseId) ?? restructuredBy;
        if (refresh.has(clauseId) || !to || to.status === from || editors.length === 0) continue;
        entries.push({
          actor: auditActor((editors[0] as Connection).access),
          event: 'status.changed',
          details: {
            clauseId,
            article: to.number,
            contentHash: to.contentHash,
            from,
            to: to.status,
            cause: 'edit',
            editedBy: [...new Set(editors.map(({ identity }) => identity.delegation || identity.name))],
          },
        });
      }
    }
    this.#standing = new Map([...now].map(([clauseId, { status }]) => [clauseId, status]));
    return entries;
  }

  /** Where every article with sign-offs or brackets stands now, deleted ones included. */
  #derive(): Map<string, Derived> {
    const derived = new Map<string, Derived>();
    const records = [...readAgreement(this.#doc)].filter(
      ([, record]) => record.signoffs.length > 0 || record.brackets.length > 0,
    );
    if (records.length === 0) return derived;
    const treaty = treatyFromYDoc(this.#doc);
    const live = new Map(treaty.clauses.map((clause) => [clause.clauseId, clause]));
    for (const [clauseId, record] of records) {
      const clause = live.get(clauseId);
      if (!clause) {
        derived.set(clauseId, { status: DELETED, number: null, contentHash: null });
        continue;
      }
      const { status, contentHash } = clauseAgreement(clause, treaty.parties, record);
      derived.set(clauseId, { status, number: clause.number, contentHash });
    }
    return derived;
  }
}

function pendingChanges() {
  return {
    /** Articles clients edited since the last commit, and by whom. */
    touched: new Map<string, Connection[]>(),
    /** Clients that added, removed or moved articles since the last commit. */
    restructuredBy: [] as Connection[],
    /** Articles whose records the server changed (its REST calls audit those themselves). */
    refresh: new Set<string>(),
    /** The parties changed: everything is derived again, silently. */
    refreshAll: false,
  };
}
