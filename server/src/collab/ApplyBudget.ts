import { Limits } from '@pactum/shared';
import * as Y from 'yjs';
import { type ItemPlacement, type StructId, type UpdateCost, UpdateTooLargeError } from './UpdateBudget.ts';

type AnyType = Y.AbstractType<unknown>;

/**
 * An update that deletes, or attaches items to, changes of a client the
 * server does not have and this connection does not write as. Nothing of it
 * is applied or kept. A hostile member could erase or hijack another
 * delegation's next words this way; an editor meets it only in the moments
 * after a reconnect, when its newest edit overtakes the handshake that
 * resends its own earlier changes (or those of its previous client id, from
 * a copy on the device). So the connection is closed with a code that makes
 * it reconnect (4509, `CloseCode.Resync`): the handshake then sends
 * everything it has, in order.
 */
export class ChangesAheadError extends Error {
  override name = 'ChangesAheadError';
}

/**
 * What applying an update to this document would cost beyond its size,
 * checked before it is applied:
 * - clients new to the document: each stays in it for good, and every
 *   transaction of every client walks them all (Yjs' state vector). A page
 *   writes as one client, plus a few from an offline copy; `introduced` holds
 *   those this connection added, at most {@link Limits.maxNewClientsPerConnection};
 * - deletions: of changes the server does not have (only the connection's
 *   own), or of live content in many places (below);
 * - items that depend on another client's changes the server never got:
 *   they would wait, and join the document in the update of whoever sends
 *   those (an editor only refers to what it received, or wrote itself);
 * - conflicting insertions (below).
 * Throws {@link UpdateTooLargeError}, or {@link ChangesAheadError} for the
 * dependencies; `introduced` grows only when it passes.
 */
export function checkApplyBudget(
  doc: Y.Doc,
  cost: Pick<UpdateCost, 'items' | 'deletes' | 'authors' | 'authorEnds'>,
  introduced: Set<number>,
): void {
  const added = cost.authors.filter((client) => !doc.store.clients.has(client) && !introduced.has(client));
  if (introduced.size + added.length > Limits.maxNewClientsPerConnection)
    throw new UpdateTooLargeError(
      `more new clients than ${Limits.maxNewClientsPerConnection} from one connection`,
    );
  const own = (client: number) => introduced.has(client) || cost.authors.includes(client);
  checkDeletions(doc, cost, own);
  checkConflictSteps(doc, cost.items, own);
  for (const client of added) introduced.add(client);
}

/**
 * Deleted ranges are cheap while they name what is already deleted (every
 * client's sync step 2 repeats its whole delete set); one that reaches live
 * content, in the document or among the update's own new structs, splits and
 * deletes items, and the guards look at each. A range the server does not
 * have yet, even with this update, is kept and applied to whatever arrives
 * there later, in the update of whoever sends it: a client may name only its
 * own changes so (an editor deletes what it received, or what it wrote
 * itself), never another's future text. Refuses such ranges of another
 * client, more than {@link Limits.maxUpdatePendingDeletes} of its own (kept,
 * and retried on every later update of every client), more than
 * {@link Limits.maxUpdateLiveDeletes} that reach live content (the browser
 * sends a larger deletion in parts: `splitDeletions`), and delete sets whose
 * ranges overlap so much that walking them would cost more than the walk
 * budget (Yjs walks them the same way).
 */
function checkDeletions(
  doc: Y.Doc,
  cost: Pick<UpdateCost, 'deletes' | 'authors' | 'authorEnds'>,
  own: (client: number) => boolean,
): void {
  // How far each author's clock reaches once this update's structs are in.
  const reach = new Map<number, number>();
  cost.authors.forEach((client, i) => {
    reach.set(client, Math.max(reach.get(client) ?? 0, cost.authorEnds[i] ?? 0));
  });
  const { deletes } = cost;
  let pending = 0;
  let live = 0;
  let walked = 0;
  for (let i = 0; i < deletes.length; i += 3) {
    const client = deletes[i] as number;
    const clock = deletes[i + 1] as number;
    const end = clock + (deletes[i + 2] as number);
    const state = Y.getState(doc.store, client);
    const known = Math.max(state, reach.get(client) ?? 0);
    if (end > known) {
      if (!own(client))
        throw new ChangesAheadError("deletions of another client's changes the server never got");
      pending++;
    }
    // Reaches structs this update brings: they are live until it deletes them.
    const reachesNew = end > state && clock < known && known > state;
    const structs = doc.store.clients.get(client);
    let reachesLive = false;
    if (structs && clock < state) {
      for (let index = Y.findIndexSS(structs, clock); index < structs.length; index++) {
        const struct = structs[index] as Y.Item | Y.GC;
        if (struct.id.clock >= Math.min(end, state)) break;
        if (++walked > WALK_BUDGET) throw new UpdateTooLargeError('a delete set that walks too far');
        if (!struct.deleted) {
          reachesLive = true;
          break;
        }
      }
    }
    if (reachesLive || reachesNew) live++;
  }
  if (pending > Limits.maxUpdatePendingDeletes)
    throw new UpdateTooLargeError(`more deletions of unknown changes than ${Limits.maxUpdatePendingDeletes}`);
  if (live > Limits.maxUpdateLiveDeletes)
    throw new UpdateTooLargeError(`more deleted ranges of live content than ${Limits.maxUpdateLiveDeletes}`);
}

/** Structs the deletion check may walk for one update (array reads: a few ms). */
const WALK_BUDGET = 1_000_000;

/**
 * Estimates, before an update is applied, how many steps Yjs' conflict
 * resolution will take to place its items, and refuses it past
 * {@link Limits.maxUpdateConflictSteps}. An item whose neighbours in the
 * document are not the ones it names is placed by walking every item
 * inserted at the same place (`Item.integrate`): an editor's own edits
 * never walk (each names its real neighbours), but items crafted to all go
 * to one place walk each other, and every item left at that place earlier,
 * deleted or not. Thousands of them in one update, or on top of thousands
 * kept from earlier updates, hold the event loop for seconds to minutes.
 *
 * The estimate walks the document the way `integrate` does (from the left
 * neighbour until the right one, while items share the origin or depend on
 * an item already walked) and counts the update's own items that go to the
 * same place; it stops as soon as the budget is spent, so it costs at most
 * the budget. It errs high (it ignores the client-id order that can end
 * Yjs' walk early), never low for what is already in the document.
 */
function checkConflictSteps(
  doc: Y.Doc,
  items: readonly ItemPlacement[],
  isOwn: (client: number) => boolean,
): number {
  const store = doc.store;
  const budget = Limits.maxUpdateConflictSteps;
  let steps = 0;
  const spend = (count: number) => {
    steps += count;
    if (steps > budget) throw new UpdateTooLargeError(`more conflicting insertions than ${budget}`);
  };
  const inDoc = (id: StructId) => id.clock < Y.getState(store, id.client);
  const docItem = (id: StructId): Y.Item | null => {
    if (!inDoc(id)) return null;
    const struct = Y.getItem(store, Y.createID(id.client, id.clock));
    return struct instanceof Y.Item ? struct : null;
  };
  const rootNames = new Map<AnyType, string>();
  for (const [name, type] of doc.share) rootNames.set(type as AnyType, name);
  const keyOfType = (type: AnyType | null) => {
    if (!type) return 'none';
    return type._item ? `item ${type._item.id.client}:${type._item.id.clock}` : `root ${rootNames.get(type)}`;
  };

  // The update's items by client, to find which of them an origin points into.
  const own = new Map<number, ItemPlacement[]>();
  for (const item of items) {
    const list = own.get(item.client);
    if (list) list.push(item);
    else own.set(item.client, [item]);
  }
  const ownItem = (id: StructId): ItemPlacement | null => {
    // A client's items come in clock order: binary search.
    const list = own.get(id.client) ?? [];
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const item = list[middle] as ItemPlacement;
      if (id.clock < item.clock) high = middle - 1;
      else if (id.clock >= item.clock + item.length) low = middle + 1;
      else return item;
    }
    return null;
  };

  /** A key naming the parent an item goes into, whether the parent is in the document or in this update. */
  const parentKeys = new Map<ItemPlacement, string>();
  const parentKey = (item: ItemPlacement, depth = 0): string => {
    const known = parentKeys.get(item);
    if (known !== undefined) return known;
    let key: string;
    if (typeof item.parent === 'string') key = `root ${item.parent}`;
    else if (item.parent) key = `item ${item.parent.client}:${item.parent.clock}`;
    else {
      const neighbour = item.origin ?? item.rightOrigin;
      const inDocument = neighbour ? docItem(neighbour) : null;
      const inUpdate = neighbour && !inDocument ? ownItem(neighbour) : null;
      if (inDocument) key = keyOfType(inDocument.parent as AnyType);
      else if (inUpdate && depth < 1000) key = parentKey(inUpdate, depth + 1);
      else key = `unknown ${item.client}:${item.clock}`;
    }
    parentKeys.set(item, key);
    return key;
  };

  const siblings = new Map<string, number>();
  for (const item of items) {
    // Already in the document: Yjs skips it.
    if (item.clock + item.length <= Y.getState(store, item.client)) continue;
    for (const dependency of [
      item.origin,
      item.rightOrigin,
      typeof item.parent === 'object' ? item.parent : null,
    ]) {
      if (dependency && !isOwn(dependency.client) && !inDoc(dependency) && !ownItem(dependency))
        throw new ChangesAheadError("items that depend on another client's changes the server never got");
    }
    const place = `${parentKey(item)}#${item.parentSub ?? ''}@${
      item.origin ? `${item.origin.client}:${item.origin.clock}` : 'start'
    }`;
    // Each item of this update that goes to the same place walks the ones before it.
    const before = siblings.get(place) ?? 0;
    siblings.set(place, before + 1);
    spend(before);
    walkInDocument(item, docItem, (placed) => parentType(placed), spend);
  }
  return steps;

  /** The type of the document an item goes into, found through the items of this update if need be. */
  function parentType(item: ItemPlacement, depth = 0): AnyType | null {
    if (typeof item.parent === 'string') return (doc.share.get(item.parent) as AnyType | undefined) ?? null;
    if (item.parent) {
      const parent = docItem(item.parent);
      return parent?.content instanceof Y.ContentType ? (parent.content.type as AnyType) : null;
    }
    const neighbour = item.origin ?? item.rightOrigin;
    if (!neighbour) return null;
    const inDocument = docItem(neighbour);
    if (inDocument) return inDocument.parent as AnyType;
    const inUpdate = ownItem(neighbour);
    return inUpdate && depth < 1000 ? parentType(inUpdate, depth + 1) : null;
  }
}

/** Spends a step for each item of the document `integrate` walks to place `item`. */
function walkInDocument(
  item: ItemPlacement,
  docItem: (id: StructId) => Y.Item | null,
  parentType: (item: ItemPlacement) => AnyType | null,
  spend: (count: number) => void,
): void {
  const { origin, rightOrigin } = item;
  const contains = (struct: Y.Item, id: StructId | null) =>
    id !== null &&
    struct.id.client === id.client &&
    struct.id.clock <= id.clock &&
    id.clock < struct.id.clock + struct.length;
  let start: Y.Item | null;
  if (origin) {
    const left = docItem(origin);
    // Next to an item of this update, or to one the server never got: counted as siblings, or left pending.
    if (!left) return;
    if (origin.clock < left.id.clock + left.length - 1) {
      // Inside an item: after the split, its rest comes next (typing inside a word names exactly that).
      if (rightOrigin?.client === origin.client && rightOrigin.clock === origin.clock + 1) return;
      spend(1);
    }
    start = left.right;
  } else {
    // Placed from the start of its parent (the right neighbour may be one of this update's items).
    const parent = parentType(item);
    if (!parent) return;
    if (item.parentSub !== null) {
      start = parent._map.get(item.parentSub) ?? null;
      while (start?.left) start = start.left;
    } else start = parent._start;
  }
  if (start === null || contains(start, rightOrigin)) return;
  const walkedItems = new Set<Y.Item>();
  for (let o: Y.Item | null = start; o !== null && !contains(o, rightOrigin); o = o.right) {
    walkedItems.add(o);
    const sameOrigin =
      origin === null
        ? o.origin === null
        : o.origin !== null && o.origin.client === origin.client && o.origin.clock === origin.clock;
    if (!sameOrigin) {
      const dependsOnWalked = o.origin !== null && walkedItems.has(docItem(o.origin) as Y.Item);
      if (!dependsOnWalked) break;
    }
    spend(1);
  }
}
