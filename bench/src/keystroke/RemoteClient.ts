import { clauseBodyElement, MessageType } from '@pactum/shared';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/** A WebSocket class that sends `headers` with the upgrade request (a member's session cookie). */
function socketWithHeaders(headers: Record<string, string>): typeof globalThis.WebSocket {
  return class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  } as unknown as typeof globalThis.WebSocket;
}

const ignore = () => {};

/**
 * Another delegate, in Node: a y-websocket client that moves its caret and
 * types into clause bodies. It ignores others' carets, and one that does not
 * keep the document ignores it too: twenty of them applying every update and
 * caret would take the CPU the browser under test needs, on a machine that
 * runs everybody at once.
 */
export class RemoteClient {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;

  constructor(
    wsUrl: string,
    treatyId: string,
    cookie: string,
    { keepsDocument }: { keepsDocument: boolean },
  ) {
    this.provider = new WebsocketProvider(`${wsUrl}/collab`, treatyId, this.doc, {
      WebSocketPolyfill: socketWithHeaders({ cookie }),
      disableBc: true,
    });
    this.provider.messageHandlers[MessageType.Awareness] = ignore;
    if (!keepsDocument) this.provider.messageHandlers[MessageType.Sync] = ignore;
    // Like the browser's CollabSession: only this client's own awareness changes go out, not others' echoed.
    const { awareness } = this.provider;
    const send = this.provider._awarenessUpdateHandler;
    awareness.off('update', send);
    awareness.on('update', (changes: Parameters<typeof send>[0], origin: unknown) => {
      if (origin !== this.provider) send(changes, origin);
    });
  }

  async synced(timeoutMs = 60_000): Promise<void> {
    await this.#until(() => this.provider.synced, 'sync', timeoutMs);
  }

  async connected(timeoutMs = 60_000): Promise<void> {
    await this.#until(() => this.provider.wsconnected, 'status', timeoutMs);
  }

  #until(done: () => boolean, event: 'sync' | 'status', timeoutMs: number): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`remote client: no ${event} in ${timeoutMs} ms`)),
        timeoutMs,
      );
      const check = () => {
        if (!done()) return;
        clearTimeout(timer);
        this.provider.off(event, check);
        resolve();
      };
      this.provider.on(event, check);
    });
  }

  /** The text of the first paragraph of clause `index`'s body (in this client's copy of the treaty). */
  bodyText(index: number): Y.XmlText {
    const paragraph = clauseBodyElement(this.doc, index).get(0) as Y.XmlElement;
    return paragraph.get(0) as Y.XmlText;
  }

  /**
   * Puts this client's caret (as y-tiptap reads it from awareness) at `offset`
   * in `text`, which may come from another client's synced copy: relative
   * positions name Yjs items, the same in every copy.
   */
  moveCaret(text: Y.XmlText, offset: number, selectionLength = 0): void {
    const at = (i: number) => Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, i));
    const anchor = Math.min(offset, text.length);
    const head = Math.min(offset + selectionLength, text.length);
    this.provider.awareness.setLocalStateField('cursor', { anchor: at(anchor), head: at(head) });
  }

  /** One remote keystroke: a character inserted at `offset`, sent as its own update. */
  type(index: number, offset: number, char: string): void {
    this.bodyText(index).insert(offset, char);
  }

  destroy(): void {
    this.provider.destroy();
    this.provider.awareness.destroy();
    this.doc.destroy();
  }
}
