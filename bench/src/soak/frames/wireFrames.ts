import { encodeBarrier, MessageType } from '@pactum/shared';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** A sync frame carrying `payload` as an update (2), a step 2 (1) or a step 1's state vector (0). */
export function syncFrame(payload: Uint8Array, syncType: number = syncProtocol.messageYjsUpdate): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.Sync);
    encoding.writeVarUint(e, syncType);
    encoding.writeVarUint8Array(e, payload);
  });
}

export const awarenessFrame = (payload: Uint8Array) =>
  frame((e) => {
    encoding.writeVarUint(e, MessageType.Awareness);
    encoding.writeVarUint8Array(e, payload);
  });

export const barrierFrame = (seq: number) => encodeBarrier(seq);

/** Where the length prefix of a frame's payload starts (after the type bytes), for length corruption. */
export function payloadOffset(bytes: Uint8Array): number {
  return bytes[0] === MessageType.Sync ? 2 : 1;
}
