import { promisify } from 'node:util';
import zlib from 'node:zlib';

const deflateRaw = promisify(zlib.deflateRaw);

/** Below this, a row is a keystroke or two: deflating it would cost more than it saves. */
const COMPRESS_FROM_BYTES = 1024;

/** An update as a row of `treaty_updates` holds it. */
export interface StoredUpdateForm {
  data: Uint8Array;
  compressed: boolean;
}

/**
 * The form in which an update is written: deflated (fastest level, on
 * libuv's thread pool, in large chunks so it makes few trips there) when it
 * is large and that makes it smaller, else as is.
 * The text of a treaty deflates to a fifth or less, and Postgres spends its
 * time on a cold load moving the bytes of the compacted row.
 */
export async function toStoredForm(update: Uint8Array): Promise<StoredUpdateForm> {
  if (update.byteLength < COMPRESS_FROM_BYTES) return { data: update, compressed: false };
  const deflated = await deflateRaw(update, { level: zlib.constants.Z_BEST_SPEED, chunkSize: 1 << 20 });
  return deflated.byteLength < update.byteLength
    ? { data: deflated, compressed: true }
    : { data: update, compressed: false };
}

/**
 * The update a row holds. Inflated on the event loop: a compacted treaty takes
 * 2 ms that way, against 5–35 ms through the thread pool's 16 KiB steps.
 */
export function fromStoredForm({ data, compressed }: StoredUpdateForm): Uint8Array {
  const bytes = compressed ? zlib.inflateRawSync(data) : data;
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
