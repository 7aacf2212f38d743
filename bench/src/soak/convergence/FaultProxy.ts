import net from 'node:net';
import * as prng from 'lib0/prng';
import { WsFrameSplitter } from './WsFrameSplitter.ts';

/** How hostile the network between the clients and the server is. */
export interface Faults {
  /** Each connection draws its own delay ceiling up to this; each frame waits 0…ceiling ms. */
  maxDelayMs: number;
  /** Chance per frame that its connection stalls (both directions hold every frame) for a while. */
  stallChance: number;
  stallMs: [min: number, max: number];
  /** Chance per frame that the connection is cut inside it: half the frame is written, then TCP closes. */
  cutChance: number;
}

export const CALM: Faults = { maxDelayMs: 0, stallChance: 0, stallMs: [0, 0], cutChance: 0 };

export interface ProxyCounters {
  connections: number;
  frames: number;
  stalls: number;
  cutFrames: number;
}

interface Queued {
  bytes: Buffer;
  releaseAt: number;
  cut: boolean;
}

/** One direction of a proxied connection: frames wait their turn, in the order they came. */
class Lane {
  readonly queue: Queued[] = [];
  lastRelease = 0;
  ended = false;
  timer: NodeJS.Timeout | null = null;

  constructor(readonly target: net.Socket) {}
}

/**
 * A TCP proxy on 127.0.0.1 in front of the collaboration server that sees
 * WebSocket frames: it delays them per connection (so frames of different
 * connections overtake each other, never frames of one direction of one
 * connection), stalls a connection for a while, and cuts one mid-frame —
 * half the frame reaches the peer, then the TCP connection closes.
 */
export class FaultProxy {
  readonly counters: ProxyCounters = { connections: 0, frames: 0, stalls: 0, cutFrames: 0 };
  readonly #server: net.Server;
  readonly #open = new Set<{ drop: () => void; kick: () => void }>();
  #faults: Faults;
  /** No faults: held frames go out at once. */
  #calm = false;
  #gen: prng.PRNG;
  port = 0;

  /**
   * `upstream` is the server's port, or picks one for each new connection,
   * as a load balancer in front of several server processes does.
   */
  constructor(
    private readonly upstream: number | (() => number),
    faults: Faults,
    seed: number,
  ) {
    this.#faults = faults;
    this.#calm = faults === CALM;
    this.#gen = prng.create(seed);
    this.#server = net.createServer({ allowHalfOpen: true }, (socket) => this.#accept(socket));
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    this.port = (this.#server.address() as net.AddressInfo).port;
    return this.port;
  }

  /** New faults from now on; CALM lets everyone settle: held frames go out at once. */
  setFaults(faults: Faults, seed?: number): void {
    this.#faults = faults;
    this.#calm = faults === CALM;
    if (seed !== undefined) this.#gen = prng.create(seed);
    if (this.#calm) for (const connection of [...this.#open]) connection.kick();
  }

  /** Counters since the last reset, then zeroed. */
  takeCounters(): ProxyCounters {
    const taken = { ...this.counters };
    Object.assign(this.counters, { connections: 0, frames: 0, stalls: 0, cutFrames: 0 });
    return taken;
  }

  /** Drops every open connection (between seeds). */
  dropAll(): void {
    for (const connection of [...this.#open]) connection.drop();
  }

  async close(): Promise<void> {
    this.dropAll();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #accept(client: net.Socket): void {
    this.counters.connections++;
    const port = typeof this.upstream === 'number' ? this.upstream : this.upstream();
    const server = net.connect({ port, host: '127.0.0.1', allowHalfOpen: true });
    client.setNoDelay(true);
    server.setNoDelay(true);
    const ceiling = prng.uint32(this.#gen, 0, this.#faults.maxDelayMs);
    let stalledUntil = 0;
    let closed = false;
    const up = new Lane(server);
    const down = new Lane(client);

    const drop = () => {
      if (closed) return;
      closed = true;
      this.#open.delete(connection);
      for (const lane of [up, down]) if (lane.timer) clearTimeout(lane.timer);
      client.destroy();
      server.destroy();
    };

    const flush = (lane: Lane) => {
      lane.timer = null;
      if (closed) return;
      const now = performance.now();
      while (lane.queue.length > 0) {
        const head = lane.queue[0] as Queued;
        const due = Math.max(head.releaseAt, stalledUntil);
        if (due > now && !this.#calm) {
          lane.timer = setTimeout(() => flush(lane), Math.ceil(due - now));
          return;
        }
        lane.queue.shift();
        if (head.cut) {
          this.counters.cutFrames++;
          closed = true;
          this.#open.delete(connection);
          for (const other of [up, down]) if (other.timer) clearTimeout(other.timer);
          const destroy = () => {
            client.destroy();
            server.destroy();
          };
          // Destroyed once the half frame is flushed to the kernel, so the peer reads it first.
          lane.target.write(head.bytes.subarray(0, Math.floor(head.bytes.length / 2)), destroy);
          setTimeout(destroy, 200).unref();
          return;
        }
        lane.target.write(head.bytes);
      }
      if (lane.ended) lane.target.end();
    };

    const enqueue = (lane: Lane, bytes: Buffer, kind: 'head' | 'frame') => {
      if (closed) return;
      const faults = this.#faults;
      const now = performance.now();
      let cut = false;
      if (kind === 'frame') {
        this.counters.frames++;
        if (faults.stallChance > 0 && prng.real53(this.#gen) < faults.stallChance) {
          this.counters.stalls++;
          stalledUntil = Math.max(stalledUntil, now + prng.uint32(this.#gen, ...faults.stallMs));
        }
        cut = bytes.length > 2 && faults.cutChance > 0 && prng.real53(this.#gen) < faults.cutChance;
      }
      const delay = kind === 'frame' && ceiling > 0 ? prng.uint32(this.#gen, 0, ceiling) : 0;
      const releaseAt = Math.max(lane.lastRelease, now + delay);
      lane.lastRelease = releaseAt;
      lane.queue.push({ bytes, releaseAt, cut });
      if (!lane.timer) flush(lane);
    };

    const connection = {
      drop,
      kick: () => {
        for (const lane of [up, down]) {
          if (lane.timer) clearTimeout(lane.timer);
          flush(lane);
        }
      },
    };
    this.#open.add(connection);

    const upSplitter = new WsFrameSplitter((piece, kind) => enqueue(up, piece, kind));
    const downSplitter = new WsFrameSplitter((piece, kind) => enqueue(down, piece, kind));
    client.on('data', (chunk: Buffer) => upSplitter.push(chunk));
    server.on('data', (chunk: Buffer) => downSplitter.push(chunk));
    for (const [socket, lane] of [
      [client, up],
      [server, down],
    ] as const) {
      socket.on('end', () => {
        lane.ended = true;
        if (!lane.timer) flush(lane);
      });
      socket.on('error', () => drop());
      socket.on('close', () => drop());
    }
  }
}
