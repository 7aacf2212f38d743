import { ApiErrorCode, type ServerStatsJSON } from '@pactum/shared';
import { Router } from 'express';
import type { RoomRegistry } from '../collab/RoomRegistry.ts';
import type { Storage } from '../persistence/Storage.ts';
import { HttpError } from './HttpError.ts';
import type { TreatyGate } from './TreatyGate.ts';

/** Operator-only figures for monitoring and the memory benchmark. */
export function adminRoutes(
  gate: TreatyGate,
  rooms: RoomRegistry,
  storage: Pick<Storage, 'figures'>,
): Router {
  const router = Router();

  router.get('/admin/stats', async (request, response) => {
    if (gate.principal(response).kind !== 'operator') {
      throw new HttpError(
        403,
        ApiErrorCode.OperatorOnly,
        'only the operator (PACTUM_ADMIN_TOKEN) may read server statistics',
      );
    }
    // Only when the process runs with --expose-gc, as the memory benchmark starts it.
    const collect = (globalThis as { gc?: () => void }).gc;
    if (request.query.gc === '1' && collect) {
      collect();
      collect();
    }
    const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
    const all = rooms.all();
    const stats: ServerStatsJSON = {
      memory: { rss, heapUsed, heapTotal, external, arrayBuffers },
      store: await storage.figures(),
      rooms: all.length,
      connections: all.reduce((sum, room) => sum + room.connections.size, 0),
      gcExposed: collect !== undefined,
      ...(request.query.rooms === '1' ? { roomFigures: all.map((room) => room.figures()) } : {}),
    };
    response.json(stats);
  });

  return router;
}
