import { Limits } from '@pactum/shared';

/** A well-formed prefix that asks for more work than one message may cost. */
export class UpdateTooLargeError extends Error {
  override name = 'UpdateTooLargeError';
}

/** A struct's id, or the id it refers to. */
export interface StructId {
  client: number;
  clock: number;
}

/** Where an item of an update goes: what the conflict check needs, read without decoding its content. */
export interface ItemPlacement extends StructId {
  length: number;
  origin: StructId | null;
  rightOrigin: StructId | null;
  /** A root type's name, a parent item's id, or null when the parent is that of its origins. */
  parent: string | StructId | null;
  /** The key, for an entry of a map. */
  parentSub: string | null;
}

/** What decoding an update will cost, counted without decoding it. */
export interface UpdateCost {
  /** Structs plus client sections. */
  structs: number;
  deleteClients: number;
  deleteRanges: number;
  /** Any/JSON values, attributes and entries of nested values. */
  values: number;
  /** Every item (not GC or skipped ranges), in the update's order. */
  items: ItemPlacement[];
  /** The clients whose structs it carries, one per section. */
  authors: number[];
  /** For each of `authors`, the clock just after its section's last struct. */
  authorEnds: number[];
  /** The delete set, flat: client, clock, length, client, clock, length… */
  deletes: number[];
}

// Content refs of Yjs' V1 struct encoding (yjs/src/structs/Item.js `contentRefs`).
const GC = 0;
const DELETED = 1;
const JSON_VALUES = 2;
const BINARY = 3;
const STRING = 4;
const EMBED = 5;
const FORMAT = 6;
const TYPE = 7;
const ANY = 8;
const DOC = 9;
const SKIP = 10;
/** Type refs that carry a node name: YXmlElement and YXmlHook (yjs/src/structs/ContentType.js). */
const XML_ELEMENT = 3;
const XML_HOOK = 5;
const LAST_TYPE_REF = 6;

/**
 * Walks a Yjs V1 update the way `Y.decodeUpdate` reads it, but builds
 * nothing and stops at the first count past {@link Limits}: its cost is
 * bounded by the limits, not by the bytes. Yjs trusts declared counts and
 * lengths (yjs#687, yjs#541: tiny updates that decode into millions of
 * structs, or merge quadratically), so this runs before any Yjs code sees the
 * update. Throws {@link UpdateTooLargeError} over budget and a plain Error
 * when the bytes are not an update; passing it does not make an update
 * well-formed — `Y.decodeUpdate` still checks that, within the budget.
 */
export function checkUpdateBudget(update: Uint8Array): UpdateCost {
  const read = new BudgetReader(update);
  const cost: UpdateCost = {
    structs: 0,
    deleteClients: 0,
    deleteRanges: 0,
    values: 0,
    items: [],
    deletes: [],
    authors: [],
    authorEnds: [],
  };
  const sections = read.varUint();
  over(sections, Limits.maxUpdateAuthors, 'clients with structs');
  for (let section = 0; section < sections; section++) {
    const structs = read.varUint();
    cost.structs += structs + 1;
    over(cost.structs, Limits.maxUpdateStructs, 'structs');
    const client = read.clock();
    cost.authors.push(client);
    let clock = read.clock();
    for (let i = 0; i < structs; i++) {
      const info = read.byte();
      const ref = info & 0b11111;
      if (ref === GC || ref === SKIP) clock += read.clock();
      else {
        const origin = info & 0b1000_0000 ? read.id() : null;
        const rightOrigin = info & 0b0100_0000 ? read.id() : null;
        let parent: string | StructId | null = null;
        let parentSub: string | null = null;
        if ((info & 0b1100_0000) === 0) {
          // A root type's name, or the id of the item whose type it goes into; then a map's key.
          parent = read.varUint() === 1 ? read.string() : read.id();
          if (info & 0b0010_0000) parentSub = read.string();
        }
        const length = readContent(read, ref, cost);
        cost.items.push({ client, clock, length, origin, rightOrigin, parent, parentSub });
        clock += length;
      }
      over(clock, Limits.maxUpdateClock, 'clock');
    }
    cost.authorEnds.push(clock);
  }
  cost.deleteClients = read.varUint();
  over(cost.deleteClients, Limits.maxUpdateClients, 'clients in the delete set');
  for (let i = 0; i < cost.deleteClients; i++) {
    const client = read.clock();
    const ranges = read.varUint();
    cost.deleteRanges += ranges;
    over(cost.deleteRanges, Limits.maxUpdateDeleteRanges, 'deleted ranges');
    for (let range = 0; range < ranges; range++) {
      const clock = read.clock();
      const length = read.clock();
      over(clock + length, Limits.maxUpdateClock, 'clock');
      cost.deletes.push(client, clock, length);
    }
  }
  // Yjs stops reading after the delete set; an encoder never writes more.
  read.end();
  return cost;
}

/** The same for a sync step 1's state vector: at most {@link Limits.maxUpdateClients} entries. */
export function checkStateVectorBudget(stateVector: Uint8Array): number {
  const read = new BudgetReader(stateVector);
  const clients = read.varUint();
  over(clients, Limits.maxUpdateClients, 'clients in the state vector');
  for (let i = 0; i < clients; i++) read.id();
  read.end();
  return clients;
}

/** Skips one struct's content; returns its length in clock units (an upper bound for strings). */
function readContent(read: BudgetReader, ref: number, cost: UpdateCost): number {
  switch (ref) {
    case DELETED:
      return read.clock();
    case JSON_VALUES: {
      const count = read.varUint();
      countValues(cost, count);
      for (let i = 0; i < count; i++) read.skipString();
      return count;
    }
    case BINARY:
    case EMBED:
      read.skipString();
      return 1;
    case STRING:
      // Clocks count UTF-16 code units, as Yjs does.
      return read.string().length;
    case FORMAT:
      countValues(cost, 1);
      read.skipString();
      read.skipString();
      return 1;
    case TYPE: {
      const typeRef = read.varUint();
      if (typeRef > LAST_TYPE_REF) throw new Error(`unknown type ref ${typeRef}`);
      if (typeRef === XML_ELEMENT || typeRef === XML_HOOK) read.skipString();
      return 1;
    }
    case ANY: {
      const count = read.varUint();
      countValues(cost, count);
      for (let i = 0; i < count; i++) skipAny(read, cost, 1);
      return count;
    }
    case DOC:
      // Each one becomes a Y.Doc on the server; a treaty holds none.
      throw new UpdateTooLargeError('subdocuments are not accepted');
    default:
      throw new Error(`unknown content ref ${ref}`);
  }
}

/** Skips one lib0 `writeAny` value (lib0/decoding.js `readAny`), counting nested entries. */
function skipAny(read: BudgetReader, cost: UpdateCost, depth: number): void {
  over(depth, Limits.maxUpdateNesting, 'nesting');
  const type = read.byte();
  switch (type) {
    case 127: // undefined
    case 126: // null
    case 121: // false
    case 120: // true
      return;
    case 125: // varInt
      read.skipVarInt();
      return;
    case 124: // float32
      read.skip(4);
      return;
    case 123: // float64
    case 122: // bigint64
      read.skip(8);
      return;
    case 119: // string
    case 116: // Uint8Array
      read.skipString();
      return;
    case 118: {
      // object
      const entries = read.varUint();
      countValues(cost, entries);
      for (let i = 0; i < entries; i++) {
        read.skipString();
        skipAny(read, cost, depth + 1);
      }
      return;
    }
    case 117: {
      // array
      const entries = read.varUint();
      countValues(cost, entries);
      for (let i = 0; i < entries; i++) skipAny(read, cost, depth + 1);
      return;
    }
    default:
      throw new Error(`unknown value type ${type}`);
  }
}

function countValues(cost: UpdateCost, count: number): void {
  cost.values += count;
  over(cost.values, Limits.maxUpdateValues, 'values');
}

function over(value: number, limit: number, what: string): void {
  if (value > limit) throw new UpdateTooLargeError(`more ${what} than ${limit}`);
}

const utf8 = new TextDecoder();

/** lib0 decoding that builds nothing but ids and short strings; every read is bounds-checked. */
class BudgetReader {
  #pos = 0;

  constructor(private readonly bytes: Uint8Array) {}

  byte(): number {
    if (this.#pos >= this.bytes.length) throw new Error('unexpected end of update');
    return this.bytes[this.#pos++] as number;
  }

  varUint(): number {
    let value = 0;
    let multiplier = 1;
    for (;;) {
      const byte = this.byte();
      value += (byte & 0x7f) * multiplier;
      if (byte < 0x80) return value;
      multiplier *= 128;
      if (value > Number.MAX_SAFE_INTEGER) throw new UpdateTooLargeError('integer out of range');
    }
  }

  /** A client id, clock or length: at most {@link Limits.maxUpdateClock}. */
  clock(): number {
    const value = this.varUint();
    over(value, Limits.maxUpdateClock, 'clock');
    return value;
  }

  id(): StructId {
    return { client: this.clock(), clock: this.clock() };
  }

  string(): string {
    const length = this.varUint();
    this.skip(length);
    return utf8.decode(this.bytes.subarray(this.#pos - length, this.#pos));
  }

  /** Throws unless every byte was read. */
  end(): void {
    if (this.#pos !== this.bytes.length) throw new Error('bytes after the end of the update');
  }

  skipVarInt(): void {
    let byte = this.byte();
    while (byte & 0x80) byte = this.byte();
  }

  skip(bytes: number): void {
    if (this.#pos + bytes > this.bytes.length) throw new Error('unexpected end of update');
    this.#pos += bytes;
  }

  /** Skips a length-prefixed string or byte array; returns its length in bytes. */
  skipString(): number {
    const length = this.varUint();
    this.skip(length);
    return length;
  }
}
