import {
  clauseBodyElement,
  DurabilityTracker,
  encodeBarrier,
  MessageType,
  readDurable,
  TREATY_FRAGMENT,
  treatyFromYDoc,
} from '@pactum/shared';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { retry } from './retry.ts';
import { operatorTokenFor } from './startServer.ts';

/** A WebSocket class that sends `headers` with the upgrade request (Node only; browsers use cookies). */
function socketWithHeaders(headers: Record<string, string>): typeof globalThis.WebSocket {
  return class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  } as unknown as typeof globalThis.WebSocket;
}

export interface CloseRecord {
  code: number;
  reason: string;
}

/**
 * A Node y-websocket client on a real WebSocket, as the browser uses it: it
 * sends a barrier after each local edit, like the browser's CollabSession,
 * and records the server's durability confirmations and close codes.
 */
export class CollabClient {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  readonly durability = new DurabilityTracker(this.doc);
  /** Highest barrier the server has confirmed. */
  confirmedSeq = 0;
  readonly closes: CloseRecord[] = [];

  /**
   * Connects as the operator of the test server, or with `headers` (a
   * member's cookie, a forged Origin; `{}` for nobody) when given.
   */
  constructor(
    wsUrl: string,
    treatyId: string,
    options: { connect?: boolean; headers?: Record<string, string> } = {},
  ) {
    const token = operatorTokenFor(wsUrl);
    const headers = options.headers ?? (token ? { authorization: `Bearer ${token}` } : {});
    this.provider = new WebsocketProvider(`${wsUrl}/collab`, treatyId, this.doc, {
      WebSocketPolyfill: socketWithHeaders(headers),
      disableBc: true,
      connect: options.connect ?? true,
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
      if (event) this.closes.push({ code: event.code, reason: event.reason });
    });
  }

  get fragment(): Y.XmlFragment {
    return this.doc.getXmlFragment(TREATY_FRAGMENT);
  }

  treaty() {
    return treatyFromYDoc(this.doc);
  }

  async synced(timeoutMs = 10_000): Promise<void> {
    await retry(() => {
      if (!this.provider.synced) throw new Error('client not synced');
    }, timeoutMs);
  }

  #sendBarrier(): void {
    const ws = this.provider.ws;
    if (this.provider.synced && ws?.readyState === WebSocket.OPEN)
      ws.send(encodeBarrier(this.durability.changeSeq));
  }

  /** Number of local changes so far. */
  changeSeq(): number {
    return this.durability.changeSeq;
  }

  /** True when the server confirmed every local change up to `seq`. */
  isConfirmed(seq = this.changeSeq()): boolean {
    return this.confirmedSeq >= seq;
  }

  async allConfirmed(timeoutMs = 10_000): Promise<void> {
    await retry(() => {
      if (!this.isConfirmed()) throw new Error('edits not confirmed');
    }, timeoutMs);
  }

  /** The body paragraph text of the clause at `index` (0-based) in `lang` (the first language by default), created if missing. */
  bodyText(index: number, lang?: string): Y.XmlText {
    const body = clauseBodyElement(this.doc, index, lang);
    const paragraph = body.get(0) as Y.XmlElement;
    let text = paragraph.get(0);
    if (!(text instanceof Y.XmlText)) {
      text = new Y.XmlText();
      paragraph.insert(0, [text]);
    }
    return text as Y.XmlText;
  }

  clauseCount(): number {
    return this.fragment.length - 2;
  }

  async closedWith(timeoutMs = 5_000): Promise<CloseRecord> {
    return retry(() => {
      const close = this.closes[0];
      if (!close) throw new Error('connection not closed');
      return close;
    }, timeoutMs);
  }

  destroy(): void {
    this.durability.destroy();
    this.provider.destroy();
    this.provider.awareness.destroy();
    this.doc.destroy();
  }
}
