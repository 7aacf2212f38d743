import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/**
 * Splits a Yjs (V1) update whose delete set has more than `maxRanges` ranges
 * into updates that, applied in order, make the same change: the first holds
 * every struct and the first ranges, the others only ranges. The server
 * refuses an update that deletes live text in more places than it can afford
 * in one message (`Limits.maxUpdateLiveDeletes`), and selecting a long,
 * much-edited passage and deleting it can reach that honestly: each place
 * where someone once typed or corrected a word is one range. Returns
 * `[update]` when it fits, or when its bytes are not laid out as expected.
 */
export function splitDeletions(update: Uint8Array, maxRanges: number): Uint8Array[] {
  const { ds } = Y.decodeUpdate(update);
  const ranges: Array<[client: number, clock: number, length: number]> = [];
  for (const [client, items] of ds.clients)
    for (const item of items) ranges.push([client, item.clock, item.len]);
  if (ranges.length <= maxRanges) return [update];
  // The delete set closes the update; encoded the same way, it gives where the structs end.
  const whole = encodeDeleteSet(ranges);
  const structsEnd = update.length - whole.length;
  if (structsEnd < 1 || !whole.every((byte, i) => update[structsEnd + i] === byte)) return [update];
  const parts: Uint8Array[] = [];
  for (let start = 0; start < ranges.length; start += maxRanges) {
    const deletions = encodeDeleteSet(ranges.slice(start, start + maxRanges));
    // Only the first carries the structs; the others start with "no clients with structs".
    const head = start === 0 ? update.subarray(0, structsEnd) : Uint8Array.of(0);
    const part = new Uint8Array(head.length + deletions.length);
    part.set(head);
    part.set(deletions, head.length);
    parts.push(part);
  }
  return parts;
}

/** A V1 delete set: clients, then each client's ranges, in the order given (Yjs' own layout). */
function encodeDeleteSet(ranges: ReadonlyArray<readonly [number, number, number]>): Uint8Array {
  const byClient = new Map<number, Array<readonly [number, number, number]>>();
  for (const range of ranges) {
    const list = byClient.get(range[0]);
    if (list) list.push(range);
    else byClient.set(range[0], [range]);
  }
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, byClient.size);
  for (const [client, list] of byClient) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, list.length);
    for (const [, clock, length] of list) {
      encoding.writeVarUint(encoder, clock);
      encoding.writeVarUint(encoder, length);
    }
  }
  return encoding.toUint8Array(encoder);
}
