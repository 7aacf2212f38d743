import {
  clauseBodyElement,
  DurabilityTracker,
  encodeBarrier,
  MessageType,
  readDurable,
} from '@pactum/shared';
import * as prng from 'lib0/prng';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/** One edit a typist made: a unique token inserted, or one of its tokens deleted. */
export interface Edit {
  kind: 'insert' | 'delete';
  token: string;
  treatyId: string;
  /** Index of the article whose body holds the token. */
  article: number;
  /** The typist's change count after the edit: confirmed once the server's Durable reaches it. */
  seq: number;
}

function socketWithHeaders(headers: Record<string, string>): typeof globalThis.WebSocket {
  return class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  } as unknown as typeof globalThis.WebSocket;
}

/**
 * A y-websocket client that types as a delegation's browser does: each
 * change followed by a barrier, "saved" only from the server's Durable
 * answers. It appends unique tokens to the bodies of the articles it owns
 * and now and then deletes one of them, and keeps a ledger of every edit.
 */
export class Typist {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  readonly durability = new DurabilityTracker(this.doc);
  readonly edits: Edit[] = [];
  confirmedSeq = 0;
  /** Final close codes (44xx) the server gave this typist: an honest editor never gets one. */
  readonly refusals: number[] = [];
  readonly #live: Array<{ token: string; article: number }> = [];
  #next = 0;
  #destroyed = false;

  constructor(
    wsUrl: string,
    readonly treatyId: string,
    adminToken: string,
    /** Prefix of this typist's tokens, unique in the run. */
    readonly name: string,
    /** The articles (0-based) only this typist writes to. */
    readonly articles: number[],
  ) {
    this.provider = new WebsocketProvider(`${wsUrl}/collab`, treatyId, this.doc, {
      WebSocketPolyfill: socketWithHeaders({ authorization: `Bearer ${adminToken}` }),
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
      if (event && event.code >= 4400 && event.code < 4500) this.refusals.push(event.code);
    });
  }

  get synced(): boolean {
    return this.provider.synced;
  }

  /** Every edit so far is confirmed stored. */
  get settled(): boolean {
    return this.provider.synced && this.confirmedSeq >= this.durability.changeSeq;
  }

  isConfirmed(edit: Edit): boolean {
    return this.confirmedSeq >= edit.seq;
  }

  /** Makes one random edit: mostly a new token at the end of an article, sometimes a deletion. */
  type(rng: prng.PRNG): void {
    if (this.#live.length > 3 && prng.bool(rng) && prng.int32(rng, 0, 5) === 0) {
      const index = prng.int32(rng, 0, this.#live.length - 1);
      const [victim] = this.#live.splice(index, 1);
      if (victim) this.#delete(victim.token, victim.article);
      return;
    }
    const article = prng.oneOf(rng, this.articles);
    const token = `[${this.name}.${this.#next++}]`;
    const text = this.#bodyText(article);
    text.insert(text.length, token);
    this.#live.push({ token, article });
    this.#record('insert', token, article);
  }

  #delete(token: string, article: number): void {
    const text = this.#bodyText(article);
    const plain = text
      .toDelta()
      .map((op: { insert: unknown }) => (typeof op.insert === 'string' ? op.insert : '\ufffc'))
      .join('');
    const at = plain.indexOf(token);
    if (at < 0) return;
    text.delete(at, token.length);
    this.#record('delete', token, article);
  }

  #record(kind: Edit['kind'], token: string, article: number): void {
    this.edits.push({ kind, token, treatyId: this.treatyId, article, seq: this.durability.changeSeq });
  }

  #bodyText(article: number): Y.XmlText {
    const paragraph = clauseBodyElement(this.doc, article).get(0) as Y.XmlElement;
    let text = paragraph.get(0);
    if (!(text instanceof Y.XmlText)) {
      text = new Y.XmlText();
      paragraph.insert(0, [text]);
    }
    return text as Y.XmlText;
  }

  #sendBarrier(): void {
    const ws = this.provider.ws;
    if (this.provider.synced && ws?.readyState === WebSocket.OPEN)
      ws.send(encodeBarrier(this.durability.changeSeq));
  }

  disconnect(): void {
    this.provider.disconnect();
  }

  connect(): void {
    this.provider.connect();
  }

  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.durability.destroy();
    this.provider.destroy();
    this.provider.awareness.destroy();
    this.doc.destroy();
  }
}
