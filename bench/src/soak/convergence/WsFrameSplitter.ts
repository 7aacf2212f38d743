/**
 * Cuts one direction of a WebSocket TCP stream into pieces: first the HTTP
 * head (request or 101 response, up to the blank line), then whole frames,
 * so a proxy can delay, hold or truncate frame by frame. Bytes arrive in any
 * chunking; a piece is emitted only once it is complete.
 */
export class WsFrameSplitter {
  #buffer: Buffer = Buffer.alloc(0);
  #headDone = false;

  constructor(private readonly emit: (piece: Buffer, kind: 'head' | 'frame') => void) {}

  push(chunk: Buffer): void {
    this.#buffer = this.#buffer.length === 0 ? chunk : Buffer.concat([this.#buffer, chunk]);
    if (!this.#headDone) {
      const end = this.#buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      this.#headDone = true;
      this.#take(end + 4, 'head');
    }
    for (let size = frameSize(this.#buffer); size !== null; size = frameSize(this.#buffer)) {
      this.#take(size, 'frame');
    }
  }

  #take(size: number, kind: 'head' | 'frame'): void {
    const piece = this.#buffer.subarray(0, size);
    this.#buffer = this.#buffer.subarray(size);
    this.emit(piece, kind);
  }
}

/** Bytes of the first frame in `buffer` (RFC 6455 §5.2), or null while it is incomplete. */
function frameSize(buffer: Buffer): number | null {
  if (buffer.length < 2) return null;
  const second = buffer[1] as number;
  const masked = (second & 0x80) !== 0;
  let length = second & 0x7f;
  let header = 2;
  if (length === 126) {
    if (buffer.length < 4) return null;
    length = buffer.readUInt16BE(2);
    header = 4;
  } else if (length === 127) {
    if (buffer.length < 10) return null;
    length = Number(buffer.readBigUInt64BE(2));
    header = 10;
  }
  const size = header + (masked ? 4 : 0) + length;
  return buffer.length >= size ? size : null;
}
