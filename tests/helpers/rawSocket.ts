import WebSocket from 'ws';
import { operatorTokenFor } from './startServer.ts';

export interface RawSocket {
  ws: WebSocket;
  /** Resolves with the close code and reason the client saw. */
  closed: Promise<{ code: number; reason: string }>;
  /** Resolves with the first binary frame the server sent. */
  firstMessage: Promise<Uint8Array>;
}

/**
 * A bare WebSocket to send hand-made frames, bypassing y-websocket; as the
 * operator of the test server unless `headers` say otherwise.
 */
export async function openRawSocket(url: string, headers?: Record<string, string>): Promise<RawSocket> {
  const token = operatorTokenFor(url);
  const ws = new WebSocket(url, { headers: headers ?? (token ? { authorization: `Bearer ${token}` } : {}) });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  const firstMessage = new Promise<Uint8Array>((resolve) =>
    ws.once('message', (data) => resolve(new Uint8Array(data as Buffer))),
  );
  ws.on('error', () => {});
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('close', () => resolve());
    ws.once('error', reject);
  });
  return { ws, closed, firstMessage };
}
