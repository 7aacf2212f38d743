/**
 * An entry of a relay stream. Each names the process that wrote it, so a
 * process skips its own.
 */
export type StreamEntry =
  /** An update stored as row `seq`. */
  | { kind: 'update'; origin: string; seq: number; update: Uint8Array }
  /** The origin could not relay some stored updates (Redis was away): readers heal from the store. */
  | { kind: 'heal'; origin: string }
  /** A control message, as JSON (checked by whoever reads it). */
  | { kind: 'control'; origin: string; message: string };

const KIND = { update: 'u', heal: 'h', control: 'c' } as const;

/** The fields XADD writes for `entry`; the update's bytes go as they are. */
export function encodeStreamEntry(entry: StreamEntry): Record<string, string | Buffer> {
  const fields = { k: KIND[entry.kind], o: entry.origin };
  switch (entry.kind) {
    case 'update':
      return {
        ...fields,
        s: String(entry.seq),
        u: Buffer.from(entry.update.buffer, entry.update.byteOffset, entry.update.byteLength),
      };
    case 'heal':
      return fields;
    case 'control':
      return { ...fields, m: entry.message };
  }
}

/** The entry XREAD returned as `fields`, or null for one this version does not know. */
export function decodeStreamEntry(fields: Record<string, Buffer | string | undefined>): StreamEntry | null {
  const origin = fields.o?.toString();
  if (origin === undefined) return null;
  switch (fields.k?.toString()) {
    case KIND.update: {
      const seq = Number(fields.s?.toString());
      const update = fields.u;
      if (!Number.isSafeInteger(seq) || !Buffer.isBuffer(update)) return null;
      return {
        kind: 'update',
        origin,
        seq,
        update: new Uint8Array(update.buffer, update.byteOffset, update.length),
      };
    }
    case KIND.heal:
      return { kind: 'heal', origin };
    case KIND.control: {
      const message = fields.m?.toString();
      return message === undefined ? null : { kind: 'control', origin, message };
    }
    default:
      return null;
  }
}
