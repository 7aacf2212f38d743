import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CloseCode } from '@pactum/shared';
import type { Logger } from 'pino';
import { AccessControl, OPERATOR_NAME } from './access/AccessControl.ts';
import { AccessService } from './access/AccessService.ts';
import { GuessLimiter } from './access/GuessLimiter.ts';
import { AgreementService } from './agreement/AgreementService.ts';
import { AuditLog } from './audit/AuditLog.ts';
import { attachCollab } from './collab/attachCollab.ts';
import { defaultRoomHooks } from './collab/defaultRoomHooks.ts';
import { GroupCommit } from './collab/GroupCommit.ts';
import { LocalRelay } from './collab/LocalRelay.ts';
import { RoomRegistry } from './collab/RoomRegistry.ts';
import { RedisRelay } from './collab/redis/RedisRelay.ts';
import { sweepRevokedMembers } from './collab/sweepRevokedMembers.ts';
import type { Config } from './config.ts';
import { ExportService } from './export/ExportService.ts';
import { createApp } from './http/createApp.ts';
import { TreatyGate } from './http/TreatyGate.ts';
import { openStorage } from './persistence/openStorage.ts';
import { type SeededConfirmation, seedSampleConcordance } from './seed/sampleConcordance.ts';
import { sampleTreaty } from './seed/sampleTreaty.ts';
import { TreatyService } from './TreatyService.ts';
import { startCheckpoints } from './versions/CheckpointScheduler.ts';
import { VersionService } from './versions/VersionService.ts';

/** How often a node of several checks the store for revoked members still connected to it. */
const REVOCATION_SWEEP_MS = 30_000;

/** Nodes started within this long of each other count as starting together (one prints the chair link). */
const SIBLING_START_MS = 60_000;

/** How long a stopping server waits for clients to complete the WebSocket closing handshake. */
const CLOSE_GRACE_MS = 2_000;

export interface PactumServerOptions
  extends Pick<
    Config,
    | 'dataDir'
    | 'databaseUrl'
    | 'redisUrl'
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
  /** Test only: see Config.faultCommitDelayMs. */
  faultCommitDelayMs?: number;
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

/** Opens the store (migrating it), creates the sample treaty in an empty one, and wires the server. */
export async function createPactumServer(options: PactumServerOptions): Promise<PactumServer> {
  const { log } = options;
  const storage = await openStorage(options);
  const audit = new AuditLog(storage);
  const commits = new GroupCommit(storage, { faultCommitDelayMs: options.faultCommitDelayMs });
  if (options.faultCommitDelayMs) {
    log.warn(
      { ms: options.faultCommitDelayMs },
      'PACTUM_FAULT_COMMIT_DELAY_MS is set: every commit waits (tests only)',
    );
  }
  // Several processes on one store relay through Redis; one process needs nothing relayed.
  const relay = options.redisUrl
    ? await RedisRelay.connect({ url: options.redisUrl, log })
    : new LocalRelay();
  let versions: VersionService | undefined;
  const rooms = new RoomRegistry({
    storage,
    commits,
    relay,
    log,
    compactAfterRows: options.compactAfterRows,
    hooks: defaultRoomHooks,
    // A room that closes with unrecorded changes leaves a checkpoint behind.
    beforeUnload: async (room) => versions?.checkpoint(room),
  });
  const treaties = new TreatyService(storage, rooms, commits);
  versions = new VersionService(treaties, storage, options.keepCheckpoints);
  // With several processes a revocation reaches the others through Redis; should that message be
  // lost (Redis restarting), the store still says it, and the next sweep closes the sockets.
  const sweep = options.redisUrl
    ? setInterval(() => {
        sweepRevokedMembers(rooms, storage.access).catch((error: unknown) =>
          log.warn({ err: error }, 'could not check for revoked members'),
        );
      }, REVOCATION_SWEEP_MS)
    : undefined;
  sweep?.unref();
  const checkpoints = startCheckpoints(
    rooms,
    versions,
    { idleMs: options.checkpointIdleMs, maxMs: options.checkpointMaxMs },
    log,
  );
  const control = new AccessControl(storage.access, options.adminToken, {
    idleMs: options.sessionIdleMs,
    guesses: new GuessLimiter(options.guessLimit),
    trust: options.trustProxy,
  });
  const access = new AccessService(storage, audit, treaties, rooms, options.sessionIdleMs);
  const agreement = new AgreementService(treaties, rooms, versions, audit);
  const gate = new TreatyGate(control, treaties, options.allowedOrigins);
  const exports = new ExportService(treaties, versions, storage, audit);

  const firstChairLink = await storage.transaction(async (scope) => {
    // Several nodes may start at once on an empty store: one at a time decides what to create.
    await scope.lock('first-start');
    if ((await scope.treaties.count()) === 0) {
      let confirmed: SeededConfirmation[] = [];
      const sample = await treaties.create(sampleTreaty, scope, (doc) => {
        confirmed = seedSampleConcordance(doc);
      });
      await access.addCreator(sample.id, { kind: 'operator' }, 'SEC', scope);
      const operator = { kind: 'operator' as const, name: OPERATOR_NAME };
      for (const details of confirmed)
        await audit.append(sample.id, operator, 'concordance.confirmed', { ...details, sample: true }, scope);
      log.info({ treatyId: sample.id }, 'created the sample treaty');
    }
    // Until someone has joined (a fresh store, or one from before access control), the first
    // treaty gets a one-use chair link, printed at start like a notebook's token URL: by the
    // node that made it, not again by the nodes that started with it.
    if ((await scope.access.memberCount()) > 0) return null;
    const first = (await scope.treaties.list()).at(-1) as { id: string; title: string };
    const since = new Date(Date.now() - SIBLING_START_MS).toISOString();
    const fresh = (await scope.access.invites(first.id)).some(
      (invite) => invite.role === 'chair' && invite.createdAt > since,
    );
    if (fresh) {
      log.info('a node that started moments ago printed the chair link');
      return null;
    }
    const operator = { treatyId: first.id, role: 'chair' as const, member: null, delegation: null };
    const invite = await access.createInvite(
      { ...operator, displayName: OPERATOR_NAME },
      { delegation: 'SEC', role: 'chair', maxUses: 1 },
      scope,
    );
    return { path: invite.path, title: first.title };
  });

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
      storage,
      log,
      clientDir: options.clientDir,
      trustProxy: options.trustProxy,
    }),
  );
  const collab = attachCollab(httpServer, rooms, storage.treaties, log, {
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
        clearInterval(sweep);
        const stopped = new Promise<void>((resolve) => httpServer.close(() => resolve()));
        httpServer.closeIdleConnections();
        await rooms.closeAll();
        await collab.close(CloseCode.ServiceRestart, CLOSE_GRACE_MS);
        await relay.close();
        await storage.close();
        httpServer.closeAllConnections();
        await stopped;
      })();
      return closed;
    },
  };
}
