import type { Logger } from 'pino';
import type { RoomRegistry } from '../collab/RoomRegistry.ts';
import type { VersionService } from './VersionService.ts';

export interface CheckpointPolicy {
  /** Take a checkpoint once editing has been idle this long. */
  idleMs: number;
  /** …or once this long has passed since the first change, even if editing goes on. */
  maxMs: number;
}

/** Looks at the loaded rooms once a second and takes the checkpoints the policy calls for. */
export function startCheckpoints(
  rooms: RoomRegistry,
  versions: VersionService,
  policy: CheckpointPolicy,
  log: Logger,
) {
  const taking = new Set<object>();
  const timer = setInterval(
    () => {
      const now = Date.now();
      for (const room of rooms.all()) {
        const changes = room.changes;
        if (!changes || (now - changes.last < policy.idleMs && now - changes.first < policy.maxMs)) continue;
        if (taking.has(room)) continue;
        taking.add(room);
        versions
          .checkpoint(room)
          .catch((error: unknown) => log.error({ err: error, treatyId: room.treatyId }, 'checkpoint failed'))
          .finally(() => taking.delete(room));
      }
    },
    Math.min(1000, policy.idleMs),
  );
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
