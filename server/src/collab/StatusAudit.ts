import {
  AgreementRoot,
  CLAUSE_ID_ATTR,
  CLIENT_TAG_ROOTS,
  type ClauseRecord,
  type ClauseStatus,
  clauseAgreement,
  clausesFromYDoc,
  readAgreement,
  splitTagKey,
  TagRoot,
  TREATY_FRAGMENT,
} from '@pactum/shared';
import type * as Y from 'yjs';
import { auditActor } from '../access/AccessControl.ts';
import type { Connection } from './Connection.ts';
import { clauseOf } from './clauseOf.ts';
import type { RoomAuditEntry, RoomHook } from './RoomHook.ts';

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
export class StatusAudit implements RoomHook {
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

  /** Where every article stands before anyone edits, so the first edit's effect is known. */
  afterLoad(): void {
    this.#take();
  }

  beforeCommit(): RoomAuditEntry[] {
    return this.#take();
  }

  /** The `status.changed` entries of what clients changed since the last call. */
  #take(): RoomAuditEntry[] {
    const { touched, restructuredBy, refresh, refreshAll } = this.#pending;
    this.#pending = pendingChanges();
    if (refreshAll) {
      this.#standing = new Map([...this.#derive(null)].map(([clauseId, { status }]) => [clauseId, status]));
      return [];
    }
    const candidates = new Set(refresh);
    for (const clauseId of touched.keys()) if (this.#standing.has(clauseId)) candidates.add(clauseId);
    if (restructuredBy.length > 0) for (const clauseId of this.#standing.keys()) candidates.add(clauseId);
    if (candidates.size === 0) return [];
    const now = this.#derive(candidates);
    const entries: RoomAuditEntry[] = [];
    for (const clauseId of candidates) {
      const from = this.#standing.get(clauseId);
      const to = now.get(clauseId);
      if (to) this.#standing.set(clauseId, to.status);
      else this.#standing.delete(clauseId);
      const editors = touched.get(clauseId) ?? restructuredBy;
      if (refresh.has(clauseId) || !from || !to || to.status === from || editors.length === 0) continue;
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
    return entries;
  }

  /**
   * Where the articles among `ids` (all, for null) that hold sign-offs or
   * brackets stand now, deleted ones included; only those articles are read.
   */
  #derive(ids: ReadonlySet<string> | null): Map<string, Derived> {
    const derived = new Map<string, Derived>();
    const records = new Map(
      [...readAgreement(this.#doc)].filter(
        ([clauseId, record]) =>
          (ids === null || ids.has(clauseId)) && (record.signoffs.length > 0 || record.brackets.length > 0),
      ),
    );
    if (records.size === 0) return derived;
    const { clauses, parties } = clausesFromYDoc(this.#doc, new Set(records.keys()));
    for (const clause of clauses) {
      const { status, contentHash } = clauseAgreement(
        clause,
        parties,
        records.get(clause.clauseId) as ClauseRecord,
      );
      derived.set(clause.clauseId, { status, number: clause.number, contentHash });
    }
    for (const clauseId of records.keys()) {
      if (!derived.has(clauseId)) derived.set(clauseId, { status: DELETED, number: null, contentHash: null });
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
