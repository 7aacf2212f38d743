import * as Y from 'yjs';
import * as z from 'zod/mini';
import { MAX_DISPLAY_NAME } from '../access/accessLimits.ts';
import { ROLES } from '../access/roles.ts';
import { Limits } from '../wire.ts';

/** Longest root type name a position may name (ours: `treaty`). */
const MAX_ROOT_NAME = 64;
/** Longest delegation code in a presence identity (codes are 2-12 characters; the operator has none). */
const MAX_DELEGATION = 32;

const YId = z.strictObject({
  client: z.int().check(z.gte(0)),
  clock: z.int().check(z.gte(0)),
});

/**
 * A Yjs `RelativePosition` as JSON: the object itself serialised (every field,
 * nulls included) or `Y.relativePositionToJSON` (null fields left out). Yjs
 * throws on a position that names neither its type nor a root type name.
 */
export const RelativePositionJSON = z
  .strictObject({
    type: z.optional(z.nullable(YId)),
    tname: z.optional(z.nullable(z.string().check(z.minLength(1), z.maxLength(MAX_ROOT_NAME)))),
    item: z.optional(z.nullable(YId)),
    assoc: z.optional(z.int().check(z.gte(-(2 ** 31)), z.lte(2 ** 31 - 1))),
  })
  .check(z.refine((position) => position.type != null || position.tname != null, 'names no type'));
export type RelativePositionJSON = z.infer<typeof RelativePositionJSON>;

/** A caret or selection as the caret plugin writes it into awareness. */
export const AwarenessCursor = z.strictObject({ anchor: RelativePositionJSON, head: RelativePositionJSON });
export type AwarenessCursor = z.infer<typeof AwarenessCursor>;

/** Who a remote caret belongs to, as the server writes it from the session (`presenceIdentity`). */
export const PresenceUser = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(MAX_DISPLAY_NAME)),
  delegation: z.string().check(z.maxLength(MAX_DELEGATION)),
  color: z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/)),
  role: z.enum(ROLES),
});
export type PresenceUser = z.infer<typeof PresenceUser>;

const ClientState = z.object({ cursor: z.optional(z.nullable(AwarenessCursor)) });
const RemoteState = z.object({ user: PresenceUser, cursor: z.optional(z.nullable(AwarenessCursor)) });

/** What a client may set as its awareness state: only a caret (its `user` is the server's to write). */
export interface ClientAwarenessState {
  cursor: AwarenessCursor | null;
}

/** Another participant's awareness state as a client accepts it from the server. */
export interface RemoteAwarenessState {
  user: PresenceUser;
  cursor: AwarenessCursor | null;
}

export type ClientAwarenessResult =
  | { ok: true; state: ClientAwarenessState | null }
  | { ok: false; reason: 'not an object' | 'too large' | 'invalid cursor' };

/** Bounds the work of validating a state; the server also caps the bytes of a whole update. */
function tooLarge(state: object): boolean {
  try {
    return JSON.stringify(state).length > Limits.maxAwarenessBytes;
  } catch {
    return true;
  }
}

const isPlainObject = (state: unknown): state is object =>
  typeof state === 'object' && state !== null && !Array.isArray(state);

/**
 * Checks an awareness state a client sent. `null` (the client left) is valid.
 * Otherwise only `cursor` is kept: `user` is ignored (the server writes it)
 * and every other field is dropped. The reason is short and stable, for logs.
 */
export function parseClientAwareness(state: unknown): ClientAwarenessResult {
  if (state === null) return { ok: true, state: null };
  if (!isPlainObject(state)) return { ok: false, reason: 'not an object' };
  if (tooLarge(state)) return { ok: false, reason: 'too large' };
  const parsed = ClientState.safeParse(state);
  if (!parsed.success) return { ok: false, reason: 'invalid cursor' };
  return { ok: true, state: { cursor: parsed.data.cursor ?? null } };
}

/**
 * Another participant's state as the server relays it, or null when it does
 * not fit (or is null). Only the cursor's shape is checked: the server relays
 * awareness before the update that created the caret's text is committed, so
 * the client may not hold those items yet.
 */
export function parseRemoteAwareness(state: unknown): RemoteAwarenessState | null {
  if (!isPlainObject(state) || tooLarge(state)) return null;
  const parsed = RemoteState.safeParse(state);
  if (!parsed.success) return null;
  return { user: parsed.data.user, cursor: parsed.data.cursor ?? null };
}

function positionResolvesIn(position: RelativePositionJSON, doc: Y.Doc, fragment: Y.XmlFragment) {
  // Yjs would create a root type of that name in `doc`: reading a caret must not change the document.
  if (position.item == null && position.tname != null && !doc.share.has(position.tname)) return false;
  try {
    const absolute = Y.createAbsolutePositionFromRelativePosition(
      Y.createRelativePositionFromJSON(position),
      doc,
    );
    if (absolute === null) return false;
    return absolute.type === fragment || Y.isParentOf(fragment, absolute.type._item);
  } catch {
    return false;
  }
}

/** Whether both ends of `cursor` decode in `doc` and land in `fragment` or inside it. */
export function cursorResolvesIn(cursor: AwarenessCursor, doc: Y.Doc, fragment: Y.XmlFragment): boolean {
  return positionResolvesIn(cursor.anchor, doc, fragment) && positionResolvesIn(cursor.head, doc, fragment);
}
