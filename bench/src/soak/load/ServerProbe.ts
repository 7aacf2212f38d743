import fs from 'node:fs';
import type { RoomFiguresJSON, ServerStatsJSON, StoreFiguresJSON } from '@pactum/shared';
import type { PactumApi } from '../convergence/PactumApi.ts';

export interface ServerReading {
  /** Seconds since the load started. */
  at: number;
  /** VmRSS of the server process, from /proc. */
  rssBytes: number;
  /** V8 heap in use; after two full collections when `collected` (the server runs with --expose-gc). */
  heapBytes: number;
  /** V8 heap reserved (used or not) and memory outside it (buffers, native), for reading RSS. */
  heapTotalBytes: number;
  externalBytes: number;
  /** The database file: its size, and the most SQLite's page cache (native memory, in RSS) may hold. */
  store: StoreFiguresJSON;
  collected: boolean;
  openFds: number;
  /** CPU seconds the server process has used (user + system), from /proc. */
  cpuSeconds: number;
  /** Rooms loaded, as GET /api/health tells it, and sockets open (GET /api/admin/stats). */
  rooms: number;
  connections: number;
  /** What the loaded treaties hold, summed (only on collected readings: encoding them takes time). */
  documents: Omit<RoomFiguresJSON, 'connections'> | null;
}

/** USER_HZ: the unit of the CPU times in /proc/<pid>/stat on Linux. */
const CLOCK_TICKS = 100;

/**
 * Reads the server process from outside: RSS, CPU time and open file
 * descriptors from /proc/<pid>, heap, rooms and connections from its
 * operator statistics (after a forced full collection when asked, so
 * garbage not yet collected is not mistaken for growth) and its health
 * endpoint.
 */
export class ServerProbe {
  constructor(
    private readonly pid: number,
    private readonly api: PactumApi,
    private readonly startedAt: number,
  ) {}

  /**
   * One reading; with `collect`, after a full collection, which stops the
   * server for a moment (so not while latency is being compared).
   */
  async read(collect: boolean): Promise<ServerReading> {
    // Counted before this reading's own requests open a socket.
    const openFds = fs.readdirSync(`/proc/${this.pid}/fd`).length;
    const stats = (await this.api.expect(200, 'GET', `/admin/stats${collect ? '?gc=1&rooms=1' : ''}`))
      .body as ServerStatsJSON;
    if (collect && stats.gcExposed !== true)
      throw new Error('the server does not expose gc: start it with --expose-gc');
    const { body: health } = await this.api.expect(200, 'GET', '/health');
    return {
      at: (performance.now() - this.startedAt) / 1000,
      rssBytes: this.#rss(),
      heapBytes: stats.memory.heapUsed,
      heapTotalBytes: stats.memory.heapTotal,
      externalBytes: stats.memory.external,
      store: stats.store,
      collected: collect,
      openFds,
      cpuSeconds: this.#cpuSeconds(),
      rooms: health.rooms,
      connections: stats.connections,
      documents: stats.roomFigures ? sum(stats.roomFigures) : null,
    };
  }

  #cpuSeconds(): number {
    // Fields 14 and 15 of /proc/<pid>/stat, after the parenthesised command name.
    const stat = fs.readFileSync(`/proc/${this.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  }

  #rss(): number {
    const status = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
    if (!kb) throw new Error(`no VmRSS in /proc/${this.pid}/status`);
    return Number(kb) * 1024;
  }
}

function sum(rooms: RoomFiguresJSON[]): Omit<RoomFiguresJSON, 'connections'> {
  const total = { documentBytes: 0, clients: 0, structs: 0, awarenessStates: 0, awarenessClocks: 0 };
  for (const room of rooms)
    for (const key of Object.keys(total) as Array<keyof typeof total>) total[key] += room[key];
  return total;
}
