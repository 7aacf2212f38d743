import {
  attributeProblem,
  CLAUSE_ID_ATTR,
  containerNodeType,
  formattingProblem,
  isValidClauseId,
  misplacedChildren,
  newClauseId,
  newContentProblem,
  repairSequence,
  requiredAttributes,
  sequenceProblem,
  TREATY_FRAGMENT,
  TreatyNode,
} from '@pactum/shared';
import * as Y from 'yjs';
import type { RoomHook } from './RoomHook.ts';

interface TextDelta {
  insert?: unknown;
  retain?: number;
  delete?: number;
  attributes?: Record<string, unknown>;
}

/** What one client transaction changed in the treaty fragment, gathered while its events fire. */
class Changes {
  readonly fixes: Array<() => void> = [];
  /** Inserted children that are invalid in themselves, with their parent. */
  readonly invalidChildren: Array<[Y.XmlFragment, unknown]> = [];
  /** Every child inserted by the transaction, by parent. */
  readonly inserted = new Map<Y.XmlFragment, Set<unknown>>();
  readonly clauseIdChanges: Array<[Y.XmlElement, unknown]> = [];
  readonly reasons: string[] = [];

  reject(reason: string, fix: () => void): void {
    this.reasons.push(reason);
    this.fixes.push(fix);
  }
}

/**
 * The treaty fragment never holds what the treaty schema cannot represent.
 * Right after a client's transaction, what it changed there is checked —
 * node names, nesting and order, attributes and their values, text
 * formatting, clause identities — and the invalid part is reverted by a
 * server edit in the same turn (committed and broadcast with the client's
 * update), keeping the valid rest:
 * - an invalid inserted element or text is deleted, an invalid attribute or
 *   mark is set back, an embed is removed; an inserted element that is only
 *   incomplete (an article body without its paragraph) is filled instead;
 * - where the children of a node no longer fit its content expression (a
 *   required heading deleted, the last article deleted by two people at
 *   once), the transaction's changes to that node's children are undone,
 *   deleted children coming back; what it changed deeper down stays;
 * - a clause that duplicates another's id gets a fresh one; an existing
 *   clause's id cannot be changed (it carries its history and sign-offs).
 * It runs inside the transaction's cleanup, before Yjs garbage-collects what
 * the client deleted, which is what lets an undo restore it.
 */
export class SchemaGuard implements RoomHook {
  readonly #doc: Y.Doc;
  readonly #fragment: Y.XmlFragment;
  readonly #undo: Y.UndoManager;
  #changes = new Changes();
  #reasons: string[] = [];

  constructor(doc: Y.Doc, isClientOrigin: (origin: unknown) => boolean) {
    this.#doc = doc;
    this.#fragment = doc.getXmlFragment(TREATY_FRAGMENT);
    // UndoManager adds itself to trackedOrigins; this filter keeps it (and the server) out.
    const clientOrigins = { has: isClientOrigin, add: () => {}, delete: () => {} };
    this.#undo = new Y.UndoManager(this.#fragment, {
      captureTimeout: 0,
      trackedOrigins: clientOrigins as unknown as Set<unknown>,
    });
    this.#fragment.observeDeep((events, transaction) => {
      if (!isClientOrigin(transaction.origin)) return;
      for (const event of events) this.#collect(event);
    });
    // Registered after the UndoManager's own listener, so the transaction is on its stack.
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (!isClientOrigin(transaction.origin)) return;
      const changes = this.#changes;
      this.#changes = new Changes();
      try {
        this.#enforce(changes);
      } catch (error) {
        // Fail closed: a check that breaks must not let the transaction through unchecked.
        this.#reasons.push(`schema check failed (${(error as Error).message}); the change was undone`);
        this.#undoWithin([this.#fragment]);
      } finally {
        // Lets Yjs collect what the client deleted, now that nothing needs restoring.
        this.#undo.clear();
      }
    });
  }

  afterClientUpdate(): string[] {
    const reasons = this.#reasons;
    this.#reasons = [];
    return reasons;
  }

  destroy(): void {
    this.#undo.destroy();
  }

  #collect(event: Parameters<Parameters<Y.XmlFragment['observeDeep']>[0]>[0][number]): void {
    const changes = this.#changes;
    const target = event.target;
    if (target instanceof Y.XmlText) {
      this.#collectText(target, event as unknown as Y.YTextEvent);
      return;
    }
    if (!(target instanceof Y.XmlFragment)) return;
    // Keys on the fragment itself are RootGuard's business.
    if (target instanceof Y.XmlElement) {
      for (const [key, change] of event.changes.keys) this.#collectAttribute(target, key, change);
    }
    const parentType = containerNodeType(target);
    const depth = depthOf(target);
    for (const op of event.changes.delta) {
      if (!Array.isArray(op.insert)) continue;
      const inserted = changes.inserted.get(target) ?? new Set<unknown>();
      changes.inserted.set(target, inserted);
      for (const child of op.insert) {
        inserted.add(child);
        const incomplete: Y.XmlElement[] = [];
        const problem = parentType ? newContentProblem(child, parentType, depth, incomplete) : null;
        if (problem) {
          changes.reasons.push(problem);
          changes.invalidChildren.push([target, child]);
          continue;
        }
        // A valid client can send these: a copy of an article (a move) whose last paragraph a
        // concurrent edit removed before the server's repair reached it. Filled, not deleted,
        // so the article and its text survive the move.
        for (const element of incomplete) {
          changes.reject(sequenceProblem(element) ?? 'missing required content', () => {
            if (!isDeleted(element)) repairSequence(element);
          });
        }
      }
    }
    if (event.changes.delta.some((op) => op.insert !== undefined || op.delete !== undefined)) {
      if (!changes.inserted.has(target)) changes.inserted.set(target, new Set());
    }
  }

  #collectAttribute(
    element: Y.XmlElement,
    key: string,
    change: { action: 'add' | 'update' | 'delete'; oldValue: unknown },
  ): void {
    const changes = this.#changes;
    const restore = () =>
      change.action === 'add'
        ? element.removeAttribute(key)
        : element.setAttribute(key, change.oldValue as string);
    if (change.action === 'delete') {
      if (requiredAttributes(element.nodeName).includes(key)) {
        changes.reject(`${element.nodeName}.${key} removed`, restore);
      }
      return;
    }
    const problem = attributeProblem(element.nodeName, key.slice(0, 40), element.getAttribute(key));
    if (problem) changes.reject(problem, restore);
    else if (element.nodeName === TreatyNode.clause && key === CLAUSE_ID_ATTR && change.action === 'update') {
      changes.clauseIdChanges.push([element, change.oldValue]);
    }
  }

  #collectText(text: Y.XmlText, event: Y.YTextEvent): void {
    const changes = this.#changes;
    for (const key of event.changes.keys.keys()) {
      changes.reject('attributes on a text node', () => text.removeAttribute(key));
    }
    const parent = text.parent instanceof Y.XmlFragment ? containerNodeType(text.parent) : null;
    if (!parent) return;
    const embeds: Array<[number, number]> = [];
    let index = 0;
    for (const op of event.delta as TextDelta[]) {
      if (op.delete !== undefined) continue;
      const length = op.retain ?? (typeof op.insert === 'string' ? op.insert.length : 1);
      if (op.insert !== undefined && typeof op.insert !== 'string') embeds.push([index, length]);
      for (const [attribute, value] of Object.entries(op.attributes ?? {})) {
        const problem = formattingProblem(parent, attribute, value);
        const at = index;
        if (problem) changes.reject(problem, () => text.format(at, length, { [attribute]: null }));
      }
      index += length;
    }
    // Right to left, so the earlier positions still hold.
    for (const [at, length] of embeds.reverse()) {
      changes.reject('embedded content in text', () => text.delete(at, length));
    }
  }

  #enforce(changes: Changes): void {
    if (changes.fixes.length > 0 || changes.invalidChildren.length > 0) {
      this.#doc.transact(() => {
        for (const fix of changes.fixes) fix();
        for (const [parent, child] of changes.invalidChildren) deleteChild(parent, child);
      }, this);
    }
    this.#reasons.push(...changes.reasons);
    this.#enforceSequences(changes);
    if (changes.inserted.has(this.#fragment) || changes.clauseIdChanges.length > 0) {
      this.#enforceClauseIds(changes);
    }
  }

  /** Parents whose children changed must still fit their content expression. */
  #enforceSequences(changes: Changes): void {
    const broken: Y.XmlFragment[] = [];
    for (const [parent, inserted] of changes.inserted) {
      if (isDeleted(parent) || sequenceProblem(parent) === null) continue;
      const misplaced = misplacedChildren(parent, (child) => inserted.has(child));
      if (misplaced && misplaced.length > 0) {
        this.#reasons.push(`content not allowed in ${containerNodeType(parent)?.name ?? 'this node'}`);
        const children = misplaced.map((index) => parent.get(index));
        this.#doc.transact(() => {
          for (const child of children) deleteChild(parent, child);
        }, this);
      } else {
        broken.push(parent);
      }
    }
    if (broken.length === 0) return;
    for (const parent of broken) this.#reasons.push(sequenceProblem(parent) ?? 'invalid content');
    this.#undoChildren(broken);
    const stillBroken = broken.filter((parent) => !isDeleted(parent) && sequenceProblem(parent) !== null);
    if (stillBroken.length > 0) {
      this.#doc.transact(() => {
        for (const parent of stillBroken) repairSequence(parent);
      }, this);
    }
  }

  /** Each clause keeps one id of its own; see the class comment. */
  #enforceClauseIds(changes: Changes): void {
    const clauses = this.#fragment
      .toArray()
      .filter(
        (child): child is Y.XmlElement =>
          child instanceof Y.XmlElement && child.nodeName === TreatyNode.clause,
      );
    const holders = new Map<unknown, Y.XmlElement[]>();
    for (const clause of clauses) {
      const id = clause.getAttribute(CLAUSE_ID_ATTR);
      holders.set(id, [...(holders.get(id) ?? []), clause]);
    }
    const fresh = changes.inserted.get(this.#fragment) ?? new Set<unknown>();
    this.#doc.transact(() => {
      for (const [clause, oldValue] of changes.clauseIdChanges) {
        // Renaming a duplicate is how the editor separates a pasted copy; renaming a unique id is not.
        if (!holders.has(oldValue) && isValidClauseId(oldValue)) {
          this.#reasons.push('an existing clause id was changed');
          clause.setAttribute(CLAUSE_ID_ATTR, oldValue);
        }
      }
      for (const [id, holding] of holders) {
        if (holding.length < 2 || !isValidClauseId(id)) continue;
        const keeper = holding.find((clause) => !fresh.has(clause)) ?? (holding[0] as Y.XmlElement);
        for (const clause of holding) {
          if (clause === keeper) continue;
          this.#reasons.push('a clause duplicated another clause id');
          clause.setAttribute(CLAUSE_ID_ATTR, newClauseId());
        }
      }
    }, this);
  }

  /**
   * Undoes what the client's transaction did to the children of `parents`:
   * a child it deleted comes back with its content, a child it inserted goes.
   * What the same transaction changed further down stays as it is — text
   * typed elsewhere in the treaty by the same update (an offline batch) is
   * not taken away, text it deleted is not brought back.
   */
  #undoChildren(parents: Y.XmlFragment[]): void {
    const stackItem = this.#undo.undoStack.at(-1);
    if (!stackItem) return;
    const { deletions } = stackItem;
    const restoredChild = (struct: Y.Item): boolean => {
      for (let item: Y.Item | null = struct; item; item = (item.parent as Y.AbstractType<unknown>)._item) {
        if (parents.includes(item.parent as Y.XmlFragment) && Y.isDeleted(deletions, item.id)) return true;
      }
      return false;
    };
    const kept = Y.createDeleteSet();
    for (const [client, ranges] of deletions.clients) {
      const structs = this.#doc.store.clients.get(client) ?? [];
      const keptRanges: Array<{ clock: number; len: number }> = [];
      for (const { clock, len } of ranges) {
        for (let i = Y.findIndexSS(structs, clock); i < structs.length; i++) {
          const struct = structs[i] as Y.Item | Y.GC;
          if (struct.id.clock >= clock + len) break;
          if (!(struct instanceof Y.Item) || !restoredChild(struct)) continue;
          const from = Math.max(clock, struct.id.clock);
          keptRanges.push({
            clock: from,
            len: Math.min(clock + len, struct.id.clock + struct.length) - from,
          });
        }
      }
      if (keptRanges.length > 0) kept.clients.set(client, keptRanges as (typeof ranges)[number][]);
    }
    stackItem.deletions = kept;
    const { scope, deleteFilter } = this.#undo;
    this.#undo.scope = parents;
    this.#undo.deleteFilter = (item) => parents.includes(item.parent as Y.XmlFragment);
    try {
      this.#undo.undo();
    } finally {
      this.#undo.scope = scope;
      this.#undo.deleteFilter = deleteFilter;
    }
  }

  /** Undoes what the client's transaction did inside `scope` (deleted children come back). */
  #undoWithin(scope: Y.UndoManager['scope']): void {
    const whole = this.#undo.scope;
    this.#undo.scope = scope;
    try {
      this.#undo.undo();
    } finally {
      this.#undo.scope = whole;
    }
  }
}

function isDeleted(type: { _item: Y.Item | null }): boolean {
  for (let item = type._item; item; item = (item.parent as { _item: Y.Item | null })._item) {
    if (item.deleted) return true;
  }
  return false;
}

/** How many elements `type` is nested in, below the treaty fragment. */
function depthOf(type: { _item: Y.Item | null }): number {
  let depth = 0;
  for (let item = type._item; item; item = (item.parent as { _item: Y.Item | null })._item) depth += 1;
  return depth;
}

function deleteChild(parent: Y.XmlFragment, child: unknown): void {
  const index = parent.toArray().indexOf(child as Y.XmlElement);
  if (index >= 0) parent.delete(index, 1);
}
