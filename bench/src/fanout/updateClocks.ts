// What a light receiver reads of a Yjs update (V1): for each Yjs client in it, the clock its
// structs reach, walked in place over the frame's bytes with no decoder and no allocation, so
// that 190 light receivers cost the load generator little more than their sockets.
// The layout is yjs's (src/utils/encoding.js readClientsStructRefs, src/structs/Item.js);
// LoadClient checks it against Y.parseUpdateMeta on a sample of frames.

const EMPTY = new Uint8Array(0);
let bytes: Uint8Array = EMPTY;
let pos = 0;

function varUint(): number {
  let value = 0;
  let multiplier = 1;
  for (;;) {
    const byte = bytes[pos++] as number;
    if (byte === undefined) throw new Error('update ends inside a number');
    value += (byte & 0x7f) * multiplier;
    if (byte < 0x80) return value;
    multiplier *= 128;
  }
}

/** Skips a number (signed or not): its bytes carry a continuation bit. */
function skipVarNumber(): void {
  while (((bytes[pos++] as number) & 0x80) !== 0) {}
}

/** An ID: client, clock. */
function skipId(): void {
  skipVarNumber();
  skipVarNumber();
}

function skipBytes(): void {
  const length = varUint();
  pos += length;
}

/** Skips a string and returns its length in UTF-16 code units, as Yjs counts a ContentString. */
function stringLength(): number {
  const length = varUint();
  const end = pos + length;
  let units = 0;
  for (; pos < end; pos++) {
    const byte = bytes[pos] as number;
    if ((byte & 0xc0) !== 0x80) units += byte >= 0xf0 ? 2 : 1;
  }
  return units;
}

/** lib0's `writeAny`. */
function skipAny(): void {
  const tag = bytes[pos++] as number;
  switch (tag) {
    case 127: // undefined
    case 126: // null
    case 121: // false
    case 120: // true
      return;
    case 125: // integer
      skipVarNumber();
      return;
    case 124: // float32
      pos += 4;
      return;
    case 123: // float64
    case 122: // bigint64
      pos += 8;
      return;
    case 119: // string
    case 116: // Uint8Array
      skipBytes();
      return;
    case 118: {
      // object: key, value
      const entries = varUint();
      for (let i = 0; i < entries; i++) {
        skipBytes();
        skipAny();
      }
      return;
    }
    case 117: {
      const items = varUint();
      for (let i = 0; i < items; i++) skipAny();
      return;
    }
    default:
      throw new Error(`unknown lib0 value tag ${tag}`);
  }
}

/** Skips an Item's content (by its ref, the info's low 5 bits) and returns its length in clocks. */
function contentLength(ref: number): number {
  switch (ref) {
    case 1: // ContentDeleted
      return varUint();
    case 2: {
      // ContentJSON: a count, then that many strings
      const count = varUint();
      for (let i = 0; i < count; i++) skipBytes();
      return count;
    }
    case 3: // ContentBinary
    case 5: // ContentEmbed (JSON as a string)
      skipBytes();
      return 1;
    case 4:
      return stringLength();
    case 6: // ContentFormat: key, JSON value
      skipBytes();
      skipBytes();
      return 1;
    case 7: {
      // ContentType: type ref; XmlElement (3) and XmlHook (5) carry their name
      const typeRef = varUint();
      if (typeRef === 3 || typeRef === 5) skipBytes();
      return 1;
    }
    case 8: {
      const count = varUint();
      for (let i = 0; i < count; i++) skipAny();
      return count;
    }
    case 9: // ContentDoc: guid, options
      skipBytes();
      skipAny();
      return 1;
    default:
      throw new Error(`unknown Yjs content ref ${ref}`);
  }
}

/**
 * Reads the Yjs update (V1) in `source[start, end)` and raises `clocks` (Yjs client → the clock
 * its structs received so far reach) to what it brings; the delete set is not read. An update
 * merged from several edits, of one or several clients, carries every client's structs.
 */
export function raiseClocks(
  source: Uint8Array,
  start: number,
  end: number,
  clocks: Map<number, number>,
): void {
  bytes = source;
  pos = start;
  try {
    const clients = varUint();
    for (let c = 0; c < clients; c++) {
      const structs = varUint();
      const client = varUint();
      let clock = varUint();
      for (let s = 0; s < structs; s++) {
        const info = bytes[pos++] as number;
        const ref = info & 0x1f;
        if (ref === 0 || ref === 10) {
          // GC, Skip
          clock += varUint();
          continue;
        }
        if ((info & 0x80) !== 0) skipId(); // origin
        if ((info & 0x40) !== 0) skipId(); // right origin
        if ((info & 0xc0) === 0) {
          // parent: a root type's name, or an ID
          if (varUint() === 1) skipBytes();
          else skipId();
          if ((info & 0x20) !== 0) skipBytes(); // parent sub (a map key)
        }
        clock += contentLength(ref);
      }
      if (pos > end) throw new Error('update ends inside a struct');
      if (clock > (clocks.get(client) ?? 0)) clocks.set(client, clock);
    }
  } finally {
    bytes = EMPTY;
  }
}

/**
 * For a sync frame of y-protocols (`[0, syncType, varUint8Array update]`) in `frame[start, end)`: raises
 * `clocks` to what its update brings and returns the sync type (0 step 1, 1 step 2, 2 update),
 * or -1 for any other message, which it leaves unread.
 */
export function raiseClocksFromSyncFrame(
  frame: Uint8Array,
  start: number,
  end: number,
  clocks: Map<number, number>,
): number {
  if (frame[start] !== 0 || end - start < 2) return -1;
  const syncType = frame[start + 1] as number;
  if (syncType === 0) return 0;
  bytes = frame;
  pos = start + 2;
  const length = varUint();
  const from = pos;
  if (from + length > end) throw new Error('sync frame shorter than its update');
  raiseClocks(frame, from, from + length, clocks);
  return syncType;
}
