import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** One participant's state in a y-protocols awareness update. */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** The decoded JSON; `null` when the participant left. */
  state: unknown;
}

/**
 * The entries of an awareness update. Throws on a truncated update or
 * trailing bytes, and, with the default `parse`, on a state that is not JSON,
 * so a caller can refuse the whole frame; a lenient `parse` keeps the others.
 */
export function decodeAwarenessEntries(
  update: Uint8Array,
  parse: (json: string) => unknown = JSON.parse,
): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    entries.push({ clientId, clock, state: parse(decoding.readVarString(decoder)) });
  }
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes after awareness update');
  return entries;
}

/** An awareness update holding exactly `entries` (after they were checked and rewritten). */
export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, JSON.stringify(state));
  }
  return encoding.toUint8Array(encoder);
}
