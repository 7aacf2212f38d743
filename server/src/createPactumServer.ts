import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CloseCode } from '@pactum/shared';
import type { Logger } from 'pino';
import { AccessControl, OPERATOR_NAME } from './access/AccessControl.ts';
import { AccessService } from './access/AccessService.ts';
import { AccessStore } from './access/AccessStore.ts';
import { GuessLimiter } from './access/GuessLimiter.ts';
import { AgreementService } from './agreement/AgreementService.ts';
import { AuditLog } from './audit/AuditLog.ts';
import { attachCollab } from './collab/attachCollab.ts';
import { defaultRoomHooks } from './collab/defaultRoomHooks.ts';
import { GroupCommit } from './collab/GroupCommit.ts';
import { RoomRegistry } from './collab/RoomRegistry.ts';
import type { Config } from './config.ts';
import { ExportService } from './export/ExportService.ts';
import { ExportStore } from './export/ExportStore.ts';
import { createApp } from './http/createApp.ts';
import { TreatyGate } from './http/TreatyGate.ts';
import { TreatyStore } from './persistence/TreatyStore.ts';
import { VersionStore } from './persistence/VersionStore.ts';
import { sampleTreaty } from './seed/sampleTreaty.ts';
import { TreatyService } from './TreatyService.ts';
import { startCheckpoints } from './versions/CheckpointScheduler.ts';
import { VersionService } from './versions/VersionService.ts';

/** How long a stopping server waits for clients to complete the WebSocket closing handshake. */
const CLOSE_GRACE_MS = 2_000;

export interface PactumServerOptions
  extends Pick<
    Config,
    | 'dataDir'
    | 'clientDir'
    | 'compactAfterRows'
    | 'checkpointIdleMs'
    | 'checkpointMaxMs'
    | 'keepCheckpoints'
    | 'adminToken'
    | 'allowedOrigins'
    | 'trustProxy'
    | 'sessionIdleMs'
    | 'guessLimit'
    | 'headersTimeoutMs'
    | 'requestTimeoutMs'
  > {
  log: Logger;
}

export interface PactumServer {
  listen(port: number, host?: string): Promise<number>;
  /**
   * Commits every pending edit, answers every waiting barrier, closes all
   * connections (WebSockets with 1012: clients come back by themselves) and the store.
   */
  close(): Promise<void>;
  readonly treaties: TreatyService;
  readonly rooms: RoomRegistry;
  /** While nobody has joined any treaty: the path of a one-use chair invite to the first treaty. */
  readonly firstChairLink: { path: string; title: string } | null;
}

export function createPactumServer(options: PactumServerOptions): PactumServer {
  const { log } = options;
  const store = TreatyStore.open(options.dataDir);
  const audit = new AuditLog(store.db);
  const commits = new GroupCommit(store, audit);
  let versions: VersionService | undefined;
  const rooms = new RoomRegistry({
    store,
    commits,
    log,
    compactAfterRows: options.compactAfterRows,
    hooks: defaultRoomHooks,
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
  const accessStore = new AccessStore(store.db);
  const control = new AccessControl(accessStore, options.adminToken, {
    idleMs: options.sessionIdleMs,
    guesses: new GuessLimiter(options.guessLimit),
    trust: options.trustProxy,
  });
  const access = new AccessService(accessStore, audit, treaties, rooms, options.sessionIdleMs);
  const agreement = new AgreementService(treaties, rooms, versions, audit);
  const gate = new TreatyGate(control, treaties, options.allowedOrigins);
  const exports = new ExportService(treaties, versions, new ExportStore(store.db), audit);

  if (store.treatyCount() === 0) {
    const sample = treaties.create(sampleTreaty);
    access.addCreator(sample.id, { kind: 'operator' }, 'SEC');
    log.info({ treatyId: sample.id }, 'created the sample treaty');
  }
  // Until someone has joined (a fresh store, or one from before access control), the
  // first treaty gets a one-use chair link, printed at start like a notebook's token URL.
  let firstChairLink: { path: string; title: string } | null = null;
  if (accessStore.memberCount() === 0) {
    const first = treaties.list().at(-1) as { id: string; title: string };
    const operator = { treatyId: first.id, role: 'chair' as const, member: null, delegation: null };
    const invite = access.createInvite(
      { ...operator, displayName: OPERATOR_NAME },
      { delegation: 'SEC', role: 'chair', maxUses: 1 },
    );
    firstChairLink = { path: invite.path, title: first.title };
  }

  const httpServer = http.createServer(
    {
      // Against clients that send a request slowly to hold connections open; sockets
      // upgraded to WebSockets are no longer requests and are not affected.
      headersTimeout: options.headersTimeoutMs,
      requestTimeout: options.requestTimeoutMs,
      connectionsCheckingInterval: Math.min(1_000, options.headersTimeoutMs),
    },
    createApp({
      gate,
      treaties,
      versions,
      access,
      agreement,
      audit,
      exports,
      rooms,
      store,
      log,
      clientDir: options.clientDir,
      trustProxy: options.trustProxy,
    }),
  );
  const collab = attachCollab(httpServer, rooms, store, log, {
    control,
    allowedOrigins: options.allowedOrigins,
  });
  let closed: Promise<void> | undefined;

  return {
    treaties,
    rooms,
    firstChairLink,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve((httpServer.address() as AddressInfo).port));
      }),
    close() {
      closed ??= (async () => {
        checkpoints.stop();
        const stopped = new Promise<void>((resolve) => httpServer.close(() => resolve()));
        httpServer.closeIdleConnections();
        rooms.closeAll();
        await collab.close(CloseCode.ServiceRestart, CLOSE_GRACE_MS);
        store.close();
        httpServer.closeAllConnections();
        await stopped;
      })();
      return closed;
    },
  };
}
