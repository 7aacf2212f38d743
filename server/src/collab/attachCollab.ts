import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { CloseCode, COLLAB_PATH, isValidTreatyId, Limits } from '@pactum/shared';
import type { Logger } from 'pino';
import { type RawData, type WebSocket, WebSocketServer } from 'ws';
import { type AccessControl, isAllowedOrigin, type TreatyAccess } from '../access/AccessControl.ts';
import { processEventLoop } from '../EventLoopDelay.ts';
import type { TreatyLog } from '../persistence/TreatyLog.ts';
import { ChangesAheadError, checkApplyBudget } from './ApplyBudget.ts';
import { CallerQuota } from './CallerQuota.ts';
import { Connection } from './Connection.ts';
import { decodeClientMessage, MalformedMessageError } from './decodeClientMessage.ts';
import type { RoomRegistry } from './RoomRegistry.ts';
import { UpdateTooLargeError } from './UpdateBudget.ts';

const HEARTBEAT_MS = 30_000;
/** A message that kept the event loop this long is logged: nothing a client sends should. */
const SLOW_MESSAGE_MS = 100;

export interface CollabAccess {
  control: AccessControl;
  /** Origins besides the server's own whose pages may open a socket. */
  allowedOrigins: readonly string[];
}

/**
 * Serves `ws://host/collab/<treatyId>` on `server`. Refusals happen after the
 * upgrade, as close codes (4400/4401/4403/4404/4430/4431/4500), because y-websocket
 * only reads close codes and retries forever on a refused HTTP upgrade.
 */
export function attachCollab(
  server: Server,
  rooms: RoomRegistry,
  treaties: TreatyLog,
  log: Logger,
  { control, allowedOrigins }: CollabAccess,
) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: Limits.maxMessageBytes });
  const alive = new WeakSet<WebSocket>();
  const quota = new CallerQuota();
  const eventLoop = processEventLoop();
  let stopping = false;

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = pathOf(request.url);
    if (path === null || !path.startsWith(`${COLLAB_PATH}/`)) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      alive.add(ws);
      ws.on('pong', () => alive.add(ws));
      accept(ws, request, path.slice(COLLAB_PATH.length + 1)).catch((error: unknown) => {
        log.error({ err: error }, 'could not open a collaboration socket');
        ws.close(CloseCode.LoadFailed, 'could not load the treaty');
      });
    });
  });

  /** Who may open this treaty, or the close code and reason that refuse them. */
  async function authorise(
    request: IncomingMessage,
    treatyId: string,
  ): Promise<TreatyAccess | [number, string]> {
    if (!isAllowedOrigin(request.headers.origin, request.headers.host, allowedOrigins)) {
      return [CloseCode.Forbidden, 'origin not allowed'];
    }
    const principal = await control.principal(request);
    // Not final (44xx would be): a neighbour behind the same address gets back in once the limit refills.
    if (principal === 'blocked')
      return [CloseCode.TryAgainLater, 'too many wrong credentials from this address'];
    if (!principal) return [CloseCode.Unauthorized, 'sign in first'];
    if (principal.kind === 'operator' && !(await treaties.exists(treatyId)))
      return [CloseCode.NotFound, 'no such treaty'];
    return (
      (await control.access(principal, treatyId)) ?? [CloseCode.Forbidden, 'not a member of this treaty']
    );
  }

  async function accept(ws: WebSocket, request: IncomingMessage, rawId: string): Promise<void> {
    ws.on('error', (error) => log.warn({ err: error }, 'websocket error'));
    // What the client sends before its room is ready is handled, in order, once it is.
    const early: Array<[RawData, boolean]> = [];
    const keep = (data: RawData, isBinary: boolean) => early.push([data, isBinary]);
    ws.on('message', keep);
    if (stopping) {
      ws.close(CloseCode.ServiceRestart, 'server stopping');
      return;
    }
    const treatyId = decodeTreatyId(rawId);
    if (treatyId === null) {
      ws.close(CloseCode.BadRequest, 'invalid treaty id');
      return;
    }
    const access = await authorise(request, treatyId);
    if (Array.isArray(access)) {
      ws.close(...access);
      return;
    }
    // A page holding an older document would sync all of it back into the replaced one.
    const epoch = new URL(request.url ?? '/', 'http://localhost').searchParams.get('epoch');
    if (epoch !== null && epoch !== (await treaties.epochOf(treatyId))) {
      ws.close(CloseCode.Replaced, 'the treaty was replaced since this page loaded it');
      return;
    }
    // Counted before the room is loaded: a caller over its quota costs no document in memory.
    const admitted = quota.admit(access);
    if (Array.isArray(admitted)) {
      ws.close(...admitted);
      return;
    }
    let room: Awaited<ReturnType<RoomRegistry['open']>>;
    try {
      room = await rooms.open(treatyId);
    } catch (error) {
      admitted.release();
      log.error({ err: error, treatyId }, 'could not load treaty');
      ws.close(CloseCode.LoadFailed, 'could not load the treaty');
      return;
    }
    if (ws.readyState !== ws.OPEN) {
      // Gone while its room loaded: a room nobody is in does not stay in memory.
      admitted.release();
      if (room.connections.size === 0) void room.unload();
      return;
    }
    const connection = new Connection(ws, access, log);
    room.join(connection);
    ws.off('message', keep);
    const receive = (data: RawData, isBinary: boolean) => {
      // Frames still arriving on a connection being closed are not read (nor logged one by one).
      if (ws.readyState !== ws.OPEN) return;
      const started = performance.now();
      const startedCpu = process.cpuUsage();
      const bytes = isBinary ? toBytes(data) : null;
      let kind = 'undecoded';
      try {
        if (!bytes) throw new MalformedMessageError('text frame');
        const message = decodeClientMessage(bytes);
        kind = message.kind;
        if (message.kind === 'update' && !connection.takeUpdateTokens(bytes.byteLength)) {
          connection.rejections.note('document updates faster than any editor sends; closing connection');
          connection.close(CloseCode.TooManyUpdates, 'too many updates');
          return;
        }
        if (message.kind === 'update' && message.cost)
          checkApplyBudget(room.doc, message.cost, connection.introducedClients);
        room.handle(connection, message);
      } catch (caught) {
        if (caught instanceof ChangesAheadError) {
          connection.rejections.note('update ahead of the server; closing for a resync', {
            reason: caught.message,
          });
          connection.close(CloseCode.Resync, caught.message.slice(0, 120));
          return;
        }
        const error =
          caught instanceof UpdateTooLargeError
            ? new MalformedMessageError(`update too large: ${caught.message}`, CloseCode.UpdateTooLarge)
            : caught;
        // Decoding failures are expected from bad clients; anything else is ours to look at.
        if (error instanceof MalformedMessageError) {
          connection.rejections.note('malformed message; closing connection', { reason: error.message });
          connection.close(
            error.code,
            // A close reason may not exceed 123 bytes.
            error.code === CloseCode.MalformedMessage ? 'malformed message' : error.message.slice(0, 120),
          );
        } else {
          log.error({ err: error, treatyId }, 'message handling failed; closing connection');
          connection.close(CloseCode.MalformedMessage, 'malformed message');
        }
      } finally {
        const cpu = process.cpuUsage(startedCpu);
        const ms = performance.now() - started;
        // Its wall time, less what the operating system gave to other processes meanwhile: its
        // CPU time, unless helper threads (garbage collection) added to that.
        const ownMs = Math.min(ms, (cpu.user + cpu.system) / 1000);
        eventLoop.noteMessage(ownMs);
        if (ms > SLOW_MESSAGE_MS)
          log.warn(
            { treatyId, kind, bytes: bytes?.byteLength, ms: Math.round(ms), ownMs: Math.round(ownMs) },
            'slow message',
          );
      }
    };
    for (const [data, isBinary] of early) receive(data, isBinary);
    ws.on('message', receive);
    ws.on('close', () => {
      admitted.release();
      room.leave(connection);
      connection.rejections.close();
    });
  }

  // Half-open TCP connections never send a close; drop sockets that miss a ping.
  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  return {
    /**
     * Closes every socket still open with `code` and waits up to `graceMs` for
     * the closing handshakes, so frames already sent (the last Durables) reach
     * the clients; sockets that have not closed by then are dropped.
     */
    async close(code: number, graceMs: number): Promise<void> {
      clearInterval(heartbeat);
      stopping = true;
      const open = [...wss.clients];
      for (const ws of open) ws.close(code, 'server stopping');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.all(open.map((ws) => new Promise((resolve) => ws.once('close', resolve)))),
        new Promise((resolve) => {
          timer = setTimeout(resolve, graceMs);
        }),
      ]);
      clearTimeout(timer);
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}

function pathOf(url: string | undefined): string | null {
  try {
    return new URL(url ?? '/', 'http://localhost').pathname;
  } catch {
    return null;
  }
}

function decodeTreatyId(raw: string): string | null {
  try {
    const id = decodeURIComponent(raw);
    return isValidTreatyId(id) ? id : null;
  } catch {
    return null;
  }
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
