import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { attachCollab } from './collab/attachCollab.ts';
import { GroupCommit } from './collab/GroupCommit.ts';
import { RoomRegistry } from './collab/RoomRegistry.ts';
import { createApp } from './http/createApp.ts';
import { TreatyStore } from './persistence/TreatyStore.ts';
import { sampleTreaty } from './seed/sampleTreaty.ts';
import { TreatyService } from './TreatyService.ts';

export interface PactumServerOptions {
  dataDir: string;
  clientDir: string;
  log: Logger;
  /** Compact a treaty's update log once it holds more rows than this. */
  compactAfterRows?: number;
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
  const rooms = new RoomRegistry({ store, commits, log, compactAfterRows: options.compactAfterRows ?? 500 });
  const treaties = new TreatyService(store, rooms);
  if (store.treatyCount() === 0) {
    const sample = treaties.create(sampleTreaty);
    log.info({ treatyId: sample.id }, 'created the sample treaty');
  }

  const httpServer = http.createServer(createApp({ treaties, rooms, log, clientDir: options.clientDir }));
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
