import { DurabilityTracker, encodeBarrier, MessageType, readDurable, TREATY_FRAGMENT } from '@pactum/shared';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/**
 * A well-behaved editor in the treaty being fuzzed: a y-websocket client,
 * as the browser runs it, that sends a barrier after each edit and records
 * every close. It must stay connected and keep being confirmed throughout.
 */
export class Bystander {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  readonly closes: Array<{ code: number; reason: string }> = [];
  readonly #durability = new DurabilityTracker(this.doc);
  #confirmed = 0;

  constructor(wsUrl: string, treatyId: string, headers: Record<string, string>) {
    this.provider = new WebsocketProvider(`${wsUrl}/collab`, treatyId, this.doc, {
      WebSocketPolyfill: class extends WebSocket {
        constructor(url: string, protocols?: string | string[]) {
          super(url, protocols, { headers });
        }
      } as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      maxBackoffTime: 500,
    });
    this.provider.messageHandlers[MessageType.Durable] = (_encoder, decoder) => {
      this.#confirmed = Math.max(this.#confirmed, readDurable(decoder));
      this.#durability.confirmThrough(this.#confirmed);
    };
    this.doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin !== this.provider) this.#barrier();
    });
    this.provider.on('sync', (synced: boolean) => {
      if (synced) this.#barrier();
    });
    this.provider.on('connection-close', (event) => {
      if (event) this.closes.push({ code: event.code, reason: event.reason });
    });
  }

  #barrier(): void {
    const ws = this.provider.ws;
    if (this.provider.synced && ws?.readyState === WebSocket.OPEN)
      ws.send(encodeBarrier(this.#durability.changeSeq));
  }

  async synced(timeoutMs = 20_000): Promise<void> {
    await until(() => this.provider.synced, timeoutMs, 'bystander did not sync');
  }

  /** Types into the first article and waits until the server confirms it is stored. */
  async edit(text: string, timeoutMs = 20_000): Promise<number> {
    const started = performance.now();
    const clause = this.doc.getXmlFragment(TREATY_FRAGMENT).get(2);
    const english = clause instanceof Y.XmlElement ? clause.get(0) : null;
    const body = english instanceof Y.XmlElement ? english.get(1) : null;
    const paragraph = body instanceof Y.XmlElement ? body.get(0) : null;
    if (!(paragraph instanceof Y.XmlElement)) throw new Error('the first article has no paragraph');
    let target = paragraph.get(0);
    this.doc.transact(() => {
      if (!(target instanceof Y.XmlText)) {
        target = new Y.XmlText();
        paragraph.insert(0, [target]);
      }
      (target as Y.XmlText).insert(0, text);
    });
    const seq = this.#durability.changeSeq;
    await until(() => this.#confirmed >= seq, timeoutMs, `bystander edit ${seq} was not confirmed`);
    return performance.now() - started;
  }

  async allConfirmed(timeoutMs = 20_000): Promise<void> {
    await until(
      () => this.#confirmed >= this.#durability.changeSeq,
      timeoutMs,
      'bystander edits not confirmed',
    );
  }

  destroy(): void {
    this.provider.destroy();
    this.doc.destroy();
  }
}

export async function until(check: () => boolean, timeoutMs: number, message: string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(message);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
