import * as Y from 'yjs';

/**
 * The document's state beyond `stateVector`, without the changes that still
 * wait for changes the server never received. `Y.encodeStateAsUpdate` adds
 * those ("pending") to what it encodes, but the server's guards have not seen
 * them (they run on what is integrated), and a receiver may integrate some
 * that the server cannot (yjs#406: merged pending updates with skipped ranges
 * stay pending for good): its document would then hold what the server and
 * everyone else do not. Whoever sent them still holds them, and sends them
 * again when it reconnects.
 */
export function encodeIntegratedState(doc: Y.Doc, stateVector?: Uint8Array): Uint8Array {
  const { pendingStructs, pendingDs } = doc.store;
  doc.store.pendingStructs = null;
  doc.store.pendingDs = null;
  try {
    return Y.encodeStateAsUpdate(doc, stateVector);
  } finally {
    doc.store.pendingStructs = pendingStructs;
    doc.store.pendingDs = pendingDs;
  }
}
