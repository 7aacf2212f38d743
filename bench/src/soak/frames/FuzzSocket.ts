import { MessageType, readDurable } from '@pactum/shared';
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import { barrierFrame } from './wireFrames.ts';

/** What became of one frame: the server confirmed a barrier sent after it, or closed the socket. */
export type FrameOutcome =
  | { accepted: true; ms: number }
  | { accepted: false; code: number; reason: string; ms: number }
  | { accepted: false; timedOut: true; ms: number };

/**
 * A bare WebSocket to the collaboration endpoint that sends hand-made
 * frames. After each frame it sends a barrier: the server answers it with
 * Durable only once it has handled (and stored) everything before it, so
 * each frame's outcome, and how long the server took, is known.
 */
export class FuzzSocket {
  #seq = 0;
  #confirmed = 0;
  #waiting: (() => void) | null = null;
  closed: { code: number; reason: string } | null = null;
  readonly #closedSignal: Promise<void>;

  private constructor(private readonly ws: WebSocket) {
    this.#closedSignal = new Promise((resolve) =>
      ws.once('close', (code, reason) => {
        this.closed = { code, reason: reason.toString() };
        resolve();
      }),
    );
    ws.on('error', () => {});
    ws.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) !== MessageType.Durable) return;
      this.#confirmed = Math.max(this.#confirmed, readDurable(decoder));
      this.#waiting?.();
    });
  }

  static async open(url: string, headers: Record<string, string>): Promise<FuzzSocket> {
    const socket = new FuzzSocket(new WebSocket(url, { headers, maxPayload: 64 * 1024 * 1024 }));
    await Promise.race([new Promise((resolve) => socket.ws.once('open', resolve)), socket.#closedSignal]);
    return socket;
  }

  get open(): boolean {
    return this.closed === null && this.ws.readyState === WebSocket.OPEN;
  }

  /** Sends `frames` (one message, or the parts of one edit) and a barrier after them. */
  async send(frames: readonly Uint8Array[], timeoutMs: number): Promise<FrameOutcome> {
    const started = performance.now();
    const seq = ++this.#seq;
    // Durable answers the highest barrier since the last commit, and a fuzzed barrier may be
    // far higher than ours: only an answer that comes after this frame counts for it.
    this.#confirmed = 0;
    for (const frame of frames) this.ws.send(frame);
    this.ws.send(barrierFrame(seq));
    const answered = new Promise<void>((resolve) => {
      this.#waiting = () => {
        if (this.#confirmed >= seq) resolve();
      };
    });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const result = await Promise.race([answered, this.#closedSignal, timedOut]);
    clearTimeout(timer);
    this.#waiting = null;
    const ms = performance.now() - started;
    if (this.#confirmed >= seq) return { accepted: true, ms };
    if (this.closed) return { accepted: false, ...this.closed, ms };
    if (result === 'timeout') return { accepted: false, timedOut: true, ms };
    return { accepted: false, code: 0, reason: 'no answer', ms };
  }

  close(): void {
    this.ws.terminate();
  }
}
