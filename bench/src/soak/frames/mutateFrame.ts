import * as encoding from 'lib0/encoding';
import * as prng from 'lib0/prng';
import { payloadOffset } from './wireFrames.ts';

function concat(...parts: Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}

/**
 * A damaged copy of a frame, as a broken client or a flaky proxy could
 * send it: truncated, bit-flipped, with a wrong length prefix, bytes
 * inserted or dropped, or trailing bytes. Returns the damage's name.
 */
export function mutateFrame(gen: prng.PRNG, frame: Uint8Array): { damage: string; bytes: Uint8Array } {
  const at = () => prng.int32(gen, 0, Math.max(0, frame.length - 1));
  switch (prng.int32(gen, 0, 6)) {
    case 0:
      return { damage: 'truncated', bytes: frame.slice(0, at()) };
    case 1: {
      const bytes = frame.slice();
      for (let flips = prng.int32(gen, 1, 8); flips > 0 && bytes.length > 0; flips--) {
        const index = at();
        bytes[index] = (bytes[index] as number) ^ (1 << prng.int32(gen, 0, 7));
      }
      return { damage: 'bit-flipped', bytes };
    }
    case 2: {
      // The payload's length prefix replaced by a shorter, longer or huge one.
      const offset = payloadOffset(frame);
      const length = prng.oneOf(gen, [0, 1, frame.length, frame.length * 2, 2 ** 31, 2 ** 53 - 1]);
      const encoder = encoding.createEncoder();
      encoding.writeUint8Array(encoder, frame.subarray(0, offset));
      encoding.writeVarUint(encoder, length);
      // Skip the original varint prefix.
      let rest = offset;
      while (rest < frame.length && ((frame[rest] as number) & 0x80) !== 0) rest++;
      encoding.writeUint8Array(encoder, frame.subarray(rest + 1));
      return { damage: 'length-corrupted', bytes: encoding.toUint8Array(encoder) };
    }
    case 3: {
      const index = at();
      const inserted = prng.uint8Array(gen, prng.int32(gen, 1, 16));
      return {
        damage: 'bytes inserted',
        bytes: concat(frame.subarray(0, index), inserted, frame.subarray(index)),
      };
    }
    case 4: {
      const index = at();
      return {
        damage: 'bytes dropped',
        bytes: concat(frame.subarray(0, index), frame.subarray(index + prng.int32(gen, 1, 16))),
      };
    }
    case 5:
      return { damage: 'trailing bytes', bytes: concat(frame, prng.uint8Array(gen, prng.int32(gen, 1, 8))) };
    default: {
      // A varint stretched to 10 bytes (0x80 continuation bytes) somewhere in the frame.
      const index = at();
      const stretch = new Uint8Array(9).fill(0x80);
      return {
        damage: 'stretched varint',
        bytes: concat(frame.subarray(0, index), stretch, frame.subarray(index)),
      };
    }
  }
}
