import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { attachCollab } from './collab/attachCollab.ts';
import { GroupCommit } from './collab/GroupCommit.ts';
import { RoomRegistry } from './collab/RoomRegistry.ts';
import type { Config } from './config.ts';
import { createApp } from './http/createApp.ts';
import { TreatyStore } from './persistence/TreatyStore.ts';
import { VersionStore } from './persistence/VersionStore.ts';
import { sampleTreaty } from './seed/sampleTreaty.ts';
import { TreatyService } from './TreatyService.ts';
import { startCheckpoints } from './versions/CheckpointScheduler.ts';
import { VersionService } from './versions/VersionService.ts';

export interface PactumServerOptions
  extends Pick<
    Config,
    'dataDir' | 'clientDir' | 'compactAfterRows' | 'checkpointIdleMs' | 'checkpointMaxMs' | 'keepCheckpoints'
  > {
  log: Logger;
}

export interface PactumServer {
  listen(port: number, host?: string): Promise<number>;
  /** Commits every pending edit, closes all connections and the store. */
  close(): Promise<void>;
  readonly treaties: TreatyService;
  readonly rooms: RoomRegistry;
}

export function createPactumServer(options: PactumServerOptions): PactumServer {
  const { log } = options;
  const store = TreatyStore.open(options.dataDir);
  const commits = new GroupCommit(store);
  let versions: VersionService | undefined;
  const rooms = new RoomRegistry({
    store,
    commits,
    log,
    compactAfterRows: options.compactAfterRows,
    // A room that closes with unrecorded changes leaves a checkpoint behind.
    beforeUnload: (room) => versions?.checkpoint(room),
  });
  const treaties = new TreatyService(store, rooms);
  versions = new VersionService(treaties, new VersionStore(store.db), options.keepCheckpoints);
  const checkpoints = startCheckpoints(
    rooms,
    versions,
    { idleMs: options.checkpointIdleMs, maxMs: options.checkpointMaxMs },
    log,
  );
  if (store.treatyCount() === 0) {
    const sample = treaties.create(sampleTreaty);
    log.info({ treatyId: sample.id }, 'created the sample treaty');
  }

  const httpServer = http.createServer(
    createApp({ treaties, versions, rooms, log, clientDir: options.clientDir }),
  );
  const collab = attachCollab(httpServer, rooms, store, log);
  let closed: Promise<void> | undefined;

  return {
    treaties,
    rooms,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve((httpServer.address() as AddressInfo).port));
      }),
    close() {
      closed ??= new Promise<void>((resolve) => {
        checkpoints.stop();
        rooms.closeAll();
        collab.close();
        store.close();
        httpServer.closeAllConnections();
        httpServer.close(() => resolve());
      });
      return closed;
    },
  };
}
