import fs from 'node:fs';
import type { PactumApi } from '../convergence/PactumApi.ts';

export interface ServerReading {
  /** Seconds since the load started. */
  at: number;
  /** VmRSS of the server process, from /proc. */
  rssBytes: number;
  /** V8 heap in use after two full collections (the server runs with --expose-gc). */
  heapBytes: number;
  openFds: number;
  /** Rooms loaded, as GET /api/health tells it, and sockets open (GET /api/admin/stats). */
  rooms: number;
  connections: number;
}

/**
 * Reads the server process from outside: RSS and open file descriptors from
 * /proc/<pid>, heap, rooms and connections from its operator statistics
 * (after a forced full collection, so garbage not yet collected is not
 * mistaken for growth) and its health endpoint.
 */
export class ServerProbe {
  constructor(
    private readonly pid: number,
    private readonly api: PactumApi,
    private readonly startedAt: number,
  ) {}

  async read(): Promise<ServerReading> {
    // Counted before this reading's own requests open a socket.
    const openFds = fs.readdirSync(`/proc/${this.pid}/fd`).length;
    const { body: stats } = await this.api.expect(200, 'GET', '/admin/stats?gc=1');
    if (stats.gcExposed !== true) throw new Error('the server does not expose gc: start it with --expose-gc');
    const { body: health } = await this.api.expect(200, 'GET', '/health');
    return {
      at: (performance.now() - this.startedAt) / 1000,
      rssBytes: this.#rss(),
      heapBytes: stats.memory.heapUsed,
      openFds,
      rooms: health.rooms,
      connections: stats.connections,
    };
  }

  #rss(): number {
    const status = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
    if (!kb) throw new Error(`no VmRSS in /proc/${this.pid}/status`);
    return Number(kb) * 1024;
  }
}
