import * as decoding from 'lib0/decoding';
import { messageYjsUpdate } from 'y-protocols/sync';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/** y-websocket's message type of sync messages (steps 1 and 2, updates). */
const MESSAGE_SYNC = 0;
/** Without frames (a hidden tab has none), queued updates wait at most this long. */
const FALLBACK_MS = 100;

type Handler = WebsocketProvider['messageHandlers'][number];

/**
 * Applies the document updates that arrive between two frames as one update,
 * just before the next frame is drawn. Each applied update is a ProseMirror
 * transaction and a redraw of the remote carets; when many people type, a
 * dozen can arrive per frame, and applying them one by one kept the page
 * busy for longer than the updates came in. The text appears in the same frame
 * as before. A handshake message (sync step 1 or 2) first applies what is
 * queued. Awareness is not held up and does not apply the queue: with twenty
 * carets moving, an awareness message arrives between almost any two updates,
 * and applying the queue for each undid the batching; a caret that points
 * into text not yet applied is drawn at the next caret redraw.
 * Returns a function that applies the queue now.
 */
export function batchIncomingUpdates(provider: WebsocketProvider): () => void {
  const queue: Uint8Array[] = [];
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    frame = 0;
    timer = undefined;
    if (queue.length === 0) return;
    const updates = queue.splice(0);
    const update = updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates);
    // One remote transaction (origin: the provider, not local), as y-websocket itself applies them.
    Y.applyUpdate(provider.doc, update, provider);
  };

  const handlers = provider.messageHandlers;
  const sync = handlers[MESSAGE_SYNC] as Handler;
  handlers[MESSAGE_SYNC] = (encoder, decoder, ...rest) => {
    if (decoding.peekVarUint(decoder) !== messageYjsUpdate) {
      flush();
      sync(encoder, decoder, ...rest);
      return;
    }
    decoding.readVarUint(decoder);
    queue.push(decoding.readVarUint8Array(decoder));
    frame ||= requestAnimationFrame(flush);
    timer ??= setTimeout(flush, FALLBACK_MS);
  };
  return flush;
}
