import { Limits } from '@pactum/shared';
import * as encoding from 'lib0/encoding';
import * as prng from 'lib0/prng';
import * as syncProtocol from 'y-protocols/sync';
import { awarenessFrame, syncFrame } from './wireFrames.ts';

/** A hand-made frame and the name of the shape it tries. */
export interface Crafted {
  kind: string;
  bytes: Uint8Array;
}

const hex = (text: string) => new Uint8Array(Buffer.from(text, 'hex'));

/**
 * Inputs reported to make Yjs or lib0 loop, hang or blow up, sent as the
 * server would receive them (in V1 sync frames and as bare frames):
 * - yjs#687: an update that makes `Y.mergeUpdatesV2` run forever (run-length
 *   decoders that keep answering once their bytes are spent), and declared
 *   struct counts that are decoupled from the bytes behind them;
 * - yjs#479 / lib0#42: `Y.applyUpdate(doc, base64('garbagedoc'))` hangs;
 * - yjs#498: a zero-length update loops in `readVarUint`;
 * - yjs#516: an invalid update looping in `readVarUint`.
 */
export const knownCrafted: Crafted[] = (() => {
  const merge687 = hex('00010000000001000100010200001602000001fdffffffff7f0000');
  const garbage479 = new Uint8Array(Buffer.from('garbagedoc', 'base64'));
  const empty = new Uint8Array();
  // One client declaring 2^32 - 1 structs of which none follow.
  const declared687 = hex('01ffffffff0f050000');
  // 2^32 - 1 clients, each declared with nothing behind it.
  const clients687 = hex('ffffffff0f00');
  const list: Crafted[] = [];
  for (const [name, payload] of [
    ['yjs#687 mergeUpdatesV2 loop', merge687],
    ['yjs#479 garbagedoc', garbage479],
    ['yjs#498 zero-length update', empty],
    ['yjs#687 declared struct count', declared687],
    ['yjs#687 declared client count', clients687],
  ] as const) {
    list.push({ kind: `known: ${name} (update)`, bytes: syncFrame(payload) });
    list.push({
      kind: `known: ${name} (step 2)`,
      bytes: syncFrame(payload, syncProtocol.messageYjsSyncStep2),
    });
    list.push({ kind: `known: ${name} (state vector)`, bytes: syncFrame(payload, 0) });
    list.push({ kind: `known: ${name} (awareness)`, bytes: awarenessFrame(payload) });
    list.push({ kind: `known: ${name} (bare)`, bytes: payload });
  }
  // A length prefix of 2^53 - 1 with nothing after it, and one of 10 bytes.
  list.push({ kind: 'known: huge length prefix', bytes: hex('0002ffffffffffffff0f') });
  list.push({ kind: 'known: 10-byte varint', bytes: hex('0002ffffffffffffffffff01') });
  list.push({ kind: 'known: zero-length frame', bytes: new Uint8Array() });
  list.push({ kind: 'known: frame over the size limit', bytes: new Uint8Array(Limits.maxMessageBytes + 1) });
  return list;
})();

/** Writes one V1 client section of `count` structs written by `struct`, and an empty delete set. */
function oneClient(client: number, count: number, struct: (e: encoding.Encoder, i: number) => void) {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint(e, count);
  encoding.writeVarUint(e, client);
  encoding.writeVarUint(e, 0);
  for (let i = 0; i < count; i++) struct(e, i);
  encoding.writeVarUint(e, 0);
  return encoding.toUint8Array(e);
}

/**
 * Well-formed updates whose cost is in their counts, not their bytes (the
 * shapes of yjs#687 and yjs#541), around the server's budget: some just
 * under it (accepted: their cost is what a client may make the server pay),
 * some just over (refused before decoding).
 */
export function budgetBomb(gen: prng.PRNG): Crafted {
  const edge = Limits.maxUpdateStructs;
  const count = prng.oneOf(gen, [edge - 2, edge + 1, Math.floor(edge / 2), edge * 4]);
  const client = prng.uint32(gen, 1, 2 ** 31);
  switch (prng.int32(gen, 0, 6)) {
    case 0:
      // Garbage-collected ranges of length 1: merged pairwise when integrated.
      return {
        kind: 'bomb: GC structs',
        bytes: syncFrame(
          oneClient(client, count, (e) => {
            encoding.writeUint8(e, 0);
            encoding.writeVarUint(e, 1);
          }),
        ),
      };
    case 1: {
      // A client section per struct: every one a new client of the document.
      const authors = prng.oneOf(gen, [
        Limits.maxUpdateAuthors - 1,
        Limits.maxUpdateAuthors + 1,
        Limits.maxNewClientsPerConnection,
        Limits.maxNewClientsPerConnection + 1,
      ]);
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, authors);
      for (let i = 0; i < authors; i++) {
        encoding.writeVarUint(e, 1);
        encoding.writeVarUint(e, client + i);
        encoding.writeVarUint(e, 0);
        encoding.writeUint8(e, 0);
        encoding.writeVarUint(e, 1);
      }
      encoding.writeVarUint(e, 0);
      return { kind: 'bomb: one client per struct', bytes: syncFrame(encoding.toUint8Array(e)) };
    }
    case 2:
      // Deleted items of length 1 in a root type of their own, each a separate struct.
      return {
        kind: 'bomb: deleted items in a new root',
        bytes: syncFrame(
          oneClient(client, count, (e) => {
            encoding.writeUint8(e, 1);
            encoding.writeVarUint(e, 1);
            encoding.writeVarString(e, 'bomb');
            encoding.writeVarUint(e, 1);
          }),
        ),
      };
    case 3:
      // One-character strings, each inserted before the previous one.
      return {
        kind: 'bomb: reversed one-character items',
        bytes: syncFrame(
          oneClient(client, count, (e, i) => {
            if (i === 0) {
              encoding.writeUint8(e, 4);
              encoding.writeVarUint(e, 1);
              encoding.writeVarString(e, 'bombText');
            } else {
              encoding.writeUint8(e, 4 | 0b0100_0000);
              encoding.writeVarUint(e, client);
              encoding.writeVarUint(e, i - 1);
            }
            encoding.writeVarString(e, 'x');
          }),
        ),
      };
    case 4: {
      // Deletions of changes the server never got (kept and retried on every update).
      const ranges = prng.oneOf(gen, [
        Limits.maxUpdatePendingDeletes - 1,
        Limits.maxUpdatePendingDeletes + 1,
        Limits.maxUpdateDeleteRanges + 1,
      ]);
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, 0);
      encoding.writeVarUint(e, 1);
      encoding.writeVarUint(e, client);
      encoding.writeVarUint(e, ranges);
      for (let i = 0; i < ranges; i++) {
        encoding.writeVarUint(e, i * 2);
        encoding.writeVarUint(e, 1);
      }
      return { kind: 'bomb: pending delete ranges', bytes: syncFrame(encoding.toUint8Array(e)) };
    }
    case 5: {
      // Values: one map entry holding many small values.
      const values = prng.oneOf(gen, [Limits.maxUpdateValues - 10, Limits.maxUpdateValues + 1, 20_000]);
      return {
        kind: 'bomb: many values',
        bytes: syncFrame(
          oneClient(client, 1, (e) => {
            encoding.writeUint8(e, 8 | 0b0010_0000);
            encoding.writeVarUint(e, 1);
            encoding.writeVarString(e, 'bombMap');
            encoding.writeVarString(e, 'key');
            encoding.writeVarUint(e, values);
            for (let i = 0; i < values; i++) encoding.writeUint8(e, 126); // null
          }),
        ),
      };
    }
    default: {
      // Clocks and lengths at the edge of what a double holds exactly.
      const length = prng.oneOf(gen, [2 ** 32, 2 ** 32 + 1, 2 ** 53 - 1, 2 ** 52]);
      return {
        kind: 'bomb: huge clock',
        bytes: syncFrame(
          oneClient(client, 2, (e) => {
            encoding.writeUint8(e, 0);
            encoding.writeVarUint(e, length);
          }),
        ),
      };
    }
  }
}

/** A frame of random bytes, sometimes behind a plausible header. */
export function randomFrame(gen: prng.PRNG): Crafted {
  const length = prng.bool(gen) ? prng.int32(gen, 0, 48) : prng.int32(gen, 0, 4096);
  const body = prng.uint8Array(gen, length);
  switch (prng.int32(gen, 0, 4)) {
    case 0:
      return { kind: 'random: bytes', bytes: body };
    case 1:
      return { kind: 'random: update payload', bytes: syncFrame(body) };
    case 2:
      return { kind: 'random: state vector', bytes: syncFrame(body, 0) };
    case 3:
      return { kind: 'random: awareness payload', bytes: awarenessFrame(body) };
    default: {
      // A known type with a random varint after it.
      const type = prng.oneOf(gen, [0, 1, 2, 3, 100, 101, 127, 128]);
      return { kind: 'random: type and varint', bytes: new Uint8Array([type, ...body.slice(0, 10)]) };
    }
  }
}
