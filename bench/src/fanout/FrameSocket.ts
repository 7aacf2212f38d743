import crypto from 'node:crypto';
import { EventEmitter } from 'node:events';
import net from 'node:net';

const HEADER_END = Buffer.from('\r\n\r\n');
/** The longest frame header a server sends: 2 bytes, a 64-bit length, no mask. */
const MAX_HEADER = 10;

/**
 * The smallest WebSocket client a light receiver needs (RFC 6455, binary frames, no extensions):
 * each frame is handed over as a range of the bytes read from the socket, with no copy, no
 * stream machinery and no object per frame, so that reading 190 sockets costs little more than
 * the reads. Emits 'open', 'error' and 'close'; frames go to `onFrame`, valid only during the call.
 */
export class FrameSocket extends EventEmitter {
  onFrame: (bytes: Buffer, start: number, end: number) => void = () => {};
  readonly #socket: net.Socket;
  readonly #mask = crypto.randomBytes(4);
  #handshake: Buffer | null = Buffer.alloc(0);
  /** Bytes of a frame whose header is not complete yet. */
  #rest: Buffer | null = null;
  /** A frame longer than what has arrived, and how much of it has. */
  #partial: Buffer | null = null;
  #filled = 0;

  constructor(url: string, headers: Record<string, string>) {
    super();
    const { hostname, port, pathname, search, host } = new URL(url);
    this.#socket = net.connect({ host: hostname, port: Number(port) });
    this.#socket.setNoDelay(true);
    this.#socket.once('connect', () => {
      const lines = [
        `GET ${pathname}${search} HTTP/1.1`,
        `Host: ${host}`,
        'Upgrade: websocket',
        'Connection: Upgrade',
        `Sec-WebSocket-Key: ${crypto.randomBytes(16).toString('base64')}`,
        'Sec-WebSocket-Version: 13',
        ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
      ];
      this.#socket.write(`${lines.join('\r\n')}\r\n\r\n`);
    });
    this.#socket.on('data', (chunk: Buffer) => this.#data(chunk));
    this.#socket.on('error', (error) => this.emit('error', error));
    this.#socket.on('close', () => this.emit('close'));
  }

  send(data: Uint8Array): void {
    const length = data.length;
    const lengthBytes = length < 126 ? 0 : length < 65_536 ? 2 : 8;
    const frame = Buffer.allocUnsafe(2 + lengthBytes + 4 + length);
    frame[0] = 0x82; // FIN, binary
    if (lengthBytes === 0) frame[1] = 0x80 | length;
    else if (lengthBytes === 2) {
      frame[1] = 0x80 | 126;
      frame.writeUInt16BE(length, 2);
    } else {
      frame[1] = 0x80 | 127;
      frame.writeBigUInt64BE(BigInt(length), 2);
    }
    const at = 2 + lengthBytes;
    this.#mask.copy(frame, at);
    for (let i = 0; i < length; i++) frame[at + 4 + i] = (data[i] as number) ^ (this.#mask[i & 3] as number);
    this.#socket.write(frame);
  }

  terminate(): void {
    this.#socket.destroy();
  }

  #data(chunk: Buffer): void {
    if (this.#handshake) {
      const head = Buffer.concat([this.#handshake, chunk]);
      const end = head.indexOf(HEADER_END);
      if (end < 0) {
        this.#handshake = head;
        return;
      }
      this.#handshake = null;
      const status = head.subarray(0, head.indexOf('\r\n')).toString('latin1');
      if (!/^HTTP\/1\.1 101 /.test(status)) {
        this.emit('error', new Error(`upgrade refused: ${status}`));
        this.#socket.destroy();
        return;
      }
      this.emit('open');
      chunk = head.subarray(end + HEADER_END.length);
    }
    let offset = 0;
    if (this.#partial) {
      const partial = this.#partial;
      const take = Math.min(partial.length - this.#filled, chunk.length);
      chunk.copy(partial, this.#filled, 0, take);
      this.#filled += take;
      if (this.#filled < partial.length) return;
      this.#partial = null;
      this.#frames(partial, 0);
      offset = take;
    } else if (this.#rest) {
      chunk = Buffer.concat([this.#rest, chunk]);
      this.#rest = null;
    }
    this.#frames(chunk, offset);
  }

  /** Hands over every whole frame in `bytes` from `offset`, and keeps what is left of the last. */
  #frames(bytes: Buffer, offset: number): void {
    const length = bytes.length;
    while (offset < length) {
      if (length - offset < 2) break;
      const first = bytes[offset] as number;
      const second = bytes[offset + 1] as number;
      let payload = second & 0x7f;
      let header = 2;
      if (payload === 126) {
        if (length - offset < 4) break;
        payload = bytes.readUInt16BE(offset + 2);
        header = 4;
      } else if (payload === 127) {
        if (length - offset < MAX_HEADER) break;
        payload = Number(bytes.readBigUInt64BE(offset + 2));
        header = 10;
      }
      if ((second & 0x80) !== 0) throw new Error('a server frame is masked');
      const end = offset + header + payload;
      if (end > length) {
        // The header is here: the whole frame gets one buffer, filled as the rest arrives.
        this.#partial = Buffer.allocUnsafe(header + payload);
        this.#filled = bytes.copy(this.#partial, 0, offset, length);
        return;
      }
      this.#frame(first, bytes, offset + header, end);
      offset = end;
    }
    if (offset < length) this.#rest = bytes.subarray(offset);
  }

  #frame(first: number, bytes: Buffer, start: number, end: number): void {
    const opcode = first & 0x0f;
    if ((first & 0x80) === 0 || opcode === 0)
      throw new Error('fragmented WebSocket messages are not read here');
    if (opcode === 2 || opcode === 1) this.onFrame(bytes, start, end);
    else if (opcode === 8) this.#socket.end();
    else if (opcode === 9) this.#control(0x8a, bytes.subarray(start, end));
  }

  #control(first: number, payload: Buffer): void {
    const frame = Buffer.allocUnsafe(6 + payload.length);
    frame[0] = first;
    frame[1] = 0x80 | payload.length;
    this.#mask.copy(frame, 2);
    for (let i = 0; i < payload.length; i++)
      frame[6 + i] = (payload[i] as number) ^ (this.#mask[i & 3] as number);
    this.#socket.write(frame);
  }
}
