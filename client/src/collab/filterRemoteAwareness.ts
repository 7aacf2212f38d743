import { Limits, MessageType, parseRemoteAwareness } from '@pactum/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { applyAwarenessUpdate } from 'y-protocols/awareness';
import type { WebsocketProvider } from 'y-websocket';

interface Entry {
  clientId: number;
  clock: number;
  state: unknown;
}

function readEntries(update: Uint8Array): Entry[] {
  const decoder = decoding.createDecoder(update);
  const entries: Entry[] = [];
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const json = decoding.readVarString(decoder);
    entries.push({
      clientId,
      clock,
      state: json.length > Limits.maxAwarenessBytes ? undefined : parse(json),
    });
  }
  return entries;
}

/** `undefined` for what is not JSON: such an entry is dropped like any other invalid state. */
function parse(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

function writeEntries(entries: Entry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, JSON.stringify(state));
  }
  return encoding.toUint8Array(encoder);
}

/**
 * Replaces the provider's awareness handler with one that applies only the
 * states another participant may have: a removal (`null`), or a state that
 * fits `parseRemoteAwareness`, as that function returns it (unknown fields
 * dropped). A malformed caret made every editor that drew it throw (issue 11);
 * the server validates too, but an older or foreign server must not be able to
 * break this client either. Our own state is never taken from the server.
 */
export function filterRemoteAwareness(provider: WebsocketProvider): void {
  provider.messageHandlers[MessageType.Awareness] = (_encoder, decoder) => {
    const update = decoding.readVarUint8Array(decoder);
    let entries: Entry[];
    try {
      entries = readEntries(update);
    } catch {
      return;
    }
    const own = provider.awareness.clientID;
    const kept: Entry[] = [];
    for (const entry of entries) {
      if (entry.state === null) {
        kept.push(entry);
        continue;
      }
      if (entry.clientId === own) continue;
      const state = parseRemoteAwareness(entry.state);
      if (state) kept.push({ ...entry, state });
    }
    if (kept.length > 0) applyAwarenessUpdate(provider.awareness, writeEntries(kept), provider);
  };
}
