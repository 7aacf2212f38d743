import { MessageType, TREATY_FRAGMENT, treatyFromYDoc } from '@pactum/shared';
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { retry } from './retry.ts';

export interface CloseRecord {
  code: number;
  reason: string;
}

/**
 * A Node y-websocket client on a real WebSocket, as the browser uses it, that
 * also records the server's durability confirmations and close codes.
 */
export class CollabClient {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  /** The last stored state vector the server confirmed. */
  confirmed = new Map<number, number>();
  readonly closes: CloseRecord[] = [];

  constructor(wsUrl: string, treatyId: string, options: { connect?: boolean } = {}) {
    this.provider = new WebsocketProvider(`${wsUrl}/collab`, treatyId, this.doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      connect: options.connect ?? true,
      maxBackoffTime: 200,
    });
    this.provider.messageHandlers[MessageType.Durable] = (_encoder, decoder) => {
      this.confirmed = Y.decodeStateVector(decoding.readVarUint8Array(decoder));
    };
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

  /** This client's own clock (how many items it has created). */
  ownClock(): number {
    return Y.getState(this.doc.store, this.doc.clientID);
  }

  /** True when the server confirmed everything this client wrote up to `clock`. */
  isConfirmed(clock = this.ownClock()): boolean {
    return (this.confirmed.get(this.doc.clientID) ?? 0) >= clock;
  }

  async allConfirmed(timeoutMs = 10_000): Promise<void> {
    await retry(() => {
      if (!this.isConfirmed()) throw new Error('edits not confirmed');
    }, timeoutMs);
  }

  /** The body paragraph text of the clause at `index` (0-based), created if missing. */
  bodyText(index: number): Y.XmlText {
    const clause = this.fragment.get(2 + index) as Y.XmlElement;
    const body = clause.get(1) as Y.XmlElement;
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
    this.provider.destroy();
    this.provider.awareness.destroy();
    this.doc.destroy();
  }
}
