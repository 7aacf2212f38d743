import { DurabilityTracker, encodeBarrier, MessageType, readDurable, TREATY_FRAGMENT } from '@pactum/shared';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/** A WebSocket class that sends `headers` with the upgrade request (a member's cookie, the operator token). */
function socketWithHeaders(headers: Record<string, string>): typeof globalThis.WebSocket {
  return class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  } as unknown as typeof globalThis.WebSocket;
}

/**
 * A Node y-websocket client as the browser's CollabSession uses it: it
 * reconnects by itself, sends a barrier after each local edit and after
 * each sync, and records the server's Durable answers and close codes.
 */
export class SoakClient {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  readonly durability = new DurabilityTracker(this.doc);
  confirmedSeq = 0;
  readonly closeCodes: number[] = [];

  constructor(wsUrl: string, treatyId: string, headers: Record<string, string>, clientId?: number) {
    if (clientId !== undefined) this.doc.clientID = clientId;
    this.provider = new WebsocketProvider(`${wsUrl}/collab`, treatyId, this.doc, {
      WebSocketPolyfill: socketWithHeaders(headers),
      disableBc: true,
      maxBackoffTime: 200,
    });
    this.provider.messageHandlers[MessageType.Durable] = (_encoder, decoder) => {
      this.confirmedSeq = Math.max(this.confirmedSeq, readDurable(decoder));
      this.durability.confirmThrough(this.confirmedSeq);
    };
    this.doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin !== this.provider) this.#sendBarrier();
    });
    this.provider.on('sync', (synced: boolean) => {
      if (synced) this.#sendBarrier();
    });
    this.provider.on('connection-close', (event) => {
      if (event) this.closeCodes.push(event.code);
    });
  }

  get fragment(): Y.XmlFragment {
    return this.doc.getXmlFragment(TREATY_FRAGMENT);
  }

  get online(): boolean {
    return this.provider.shouldConnect;
  }

  /** Every local change is confirmed on the server's disk, and the client is synced. */
  get settled(): boolean {
    return this.provider.synced && this.confirmedSeq >= this.durability.changeSeq;
  }

  #sendBarrier(): void {
    const ws = this.provider.ws;
    if (this.provider.synced && ws?.readyState === WebSocket.OPEN)
      ws.send(encodeBarrier(this.durability.changeSeq));
  }

  destroy(): void {
    this.durability.destroy();
    this.provider.destroy();
    this.provider.awareness.destroy();
    this.doc.destroy();
  }
}
