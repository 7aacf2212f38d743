import {
  type AwarenessEntry,
  decodeAwarenessEntries,
  encodeAwarenessEntries,
  Limits,
  MessageType,
  parseRemoteAwareness,
} from '@pactum/shared';
import * as decoding from 'lib0/decoding';
import { applyAwarenessUpdate } from 'y-protocols/awareness';
import type { WebsocketProvider } from 'y-websocket';

/** `undefined` for what is not JSON or is too large: such an entry is dropped like any other invalid state. */
function parse(json: string): unknown {
  if (json.length > Limits.maxAwarenessBytes) return undefined;
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
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
    let entries: AwarenessEntry[];
    try {
      entries = decodeAwarenessEntries(update, parse);
    } catch {
      return;
    }
    const own = provider.awareness.clientID;
    const kept: AwarenessEntry[] = [];
    for (const entry of entries) {
      if (entry.state === null) {
        kept.push(entry);
        continue;
      }
      if (entry.clientId === own) continue;
      const state = parseRemoteAwareness(entry.state);
      if (state) kept.push({ ...entry, state });
    }
    if (kept.length > 0) applyAwarenessUpdate(provider.awareness, encodeAwarenessEntries(kept), provider);
  };
}
