import { Limits, MessageType, splitDeletions } from '@pactum/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/**
 * Makes the provider send a change that deletes text in more places than the
 * server takes in one message (`Limits.maxUpdateLiveDeletes`) as several
 * messages, in order: deleting a long, much-edited passage, online or in the
 * handshake after working offline. One message would be refused for good
 * (4413), and the change could then never be saved. Call before any other
 * `update` listener of the document, so a barrier still follows the last part.
 */
export function sendDeletionsInParts(provider: WebsocketProvider): void {
  const { doc } = provider;
  const sendUpdate = provider._updateHandler;
  doc.off('update', sendUpdate);
  provider._updateHandler = (update: Uint8Array, origin: unknown) => {
    if (origin === provider) return;
    for (const part of splitDeletions(update, Limits.maxUpdateLiveDeletes)) sendUpdate(part, origin);
  };
  doc.on('update', provider._updateHandler);

  const handleSync = provider.messageHandlers[MessageType.Sync];
  if (!handleSync) throw new Error('y-websocket has no sync message handler');
  provider.messageHandlers[MessageType.Sync] = (encoder, decoder, self, emitSynced, messageType) => {
    if (decoding.peekVarUint(decoder) !== syncProtocol.messageYjsSyncStep1) {
      handleSync(encoder, decoder, self, emitSynced, messageType);
      return;
    }
    // The server's state vector: the reply is everything it lacks, and this page's whole delete set.
    decoding.readVarUint(decoder);
    const stateVector = decoding.readVarUint8Array(decoder);
    const [first, ...rest] = splitDeletions(
      Y.encodeStateAsUpdate(doc, stateVector),
      Limits.maxUpdateLiveDeletes,
    );
    encoding.writeVarUint(encoder, MessageType.Sync);
    encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
    encoding.writeVarUint8Array(encoder, first as Uint8Array);
    // The reply goes out when this handler returns; the other parts right after it, before anything else.
    if (rest.length === 0) return;
    queueMicrotask(() => {
      for (const part of rest) sendUpdate(part, null);
    });
  };
}
