import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * What goes over a treaty's awareness channel: an update from one process's
 * connections, or a process that just loaded the treaty asking the others
 * for the states their connections hold. Each names its origin process.
 */
export type AwarenessMessage =
  | { kind: 'update'; origin: string; update: Uint8Array }
  | { kind: 'query'; origin: string };

const KIND = { update: 0, query: 1 } as const;

export function encodeAwarenessMessage(message: AwarenessMessage): Buffer {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, message.origin);
  encoding.writeVarUint(encoder, KIND[message.kind]);
  if (message.kind === 'update') encoding.writeVarUint8Array(encoder, message.update);
  return Buffer.from(encoding.toUint8Array(encoder));
}

/** The message in `data`; throws on one it cannot read. */
export function decodeAwarenessMessage(data: Uint8Array): AwarenessMessage {
  const decoder = decoding.createDecoder(data);
  const origin = decoding.readVarString(decoder);
  switch (decoding.readVarUint(decoder)) {
    case KIND.update:
      return { kind: 'update', origin, update: decoding.readVarUint8Array(decoder) };
    case KIND.query:
      return { kind: 'query', origin };
    default:
      throw new Error('unknown awareness message');
  }
}
