import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const REDIS_SERVER = '/usr/bin/redis-server';

export interface RedisServer {
  /** redis://127.0.0.1:<port> */
  url: string;
  /** Stops the server and removes its directory. */
  stop(): Promise<void>;
  /**
   * Kills the server (SIGKILL) and starts a fresh one on the same port:
   * everything it held is gone. `whileDown` runs between the two.
   */
  restart(whileDown?: () => Promise<void>): Promise<void>;
}

/**
 * Starts a throwaway redis-server on a free port of 127.0.0.1, keeping
 * nothing on disk, in a temporary directory. A watchdog stops it and removes
 * the directory if this process dies without calling stop().
 */
export async function startRedis(): Promise<RedisServer> {
  if (!fs.existsSync(REDIS_SERVER)) {
    throw new Error(
      `redis-server is not installed (no ${REDIS_SERVER}). \`npm test\` installs it; ` +
        'or as root: apt-get install -y --no-install-recommends redis-server',
    );
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-redis-'));
  const port = await freePort();
  let server = await launch(dir, port);
  let watchdog = guard(server, dir);
  let stopped: Promise<void> | undefined;
  return {
    url: `redis://127.0.0.1:${port}`,
    async restart(whileDown) {
      watchdog.kill();
      await kill(server);
      await whileDown?.();
      server = await launch(dir, port);
      watchdog = guard(server, dir);
    },
    stop() {
      stopped ??= (async () => {
        watchdog.kill();
        await kill(server);
        fs.rmSync(dir, { recursive: true, force: true });
      })();
      return stopped;
    },
  };
}

async function launch(dir: string, port: number): Promise<ChildProcess> {
  const log = path.join(dir, 'server.log');
  const server = spawn(
    REDIS_SERVER,
    [
      ...['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--logfile', log],
      ...['--save', '', '--appendonly', 'no', '--daemonize', 'no'],
    ],
    { stdio: 'ignore' },
  );
  const exited = new Promise<never>((_, reject) => {
    server.once('exit', (code) => {
      const tail = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').slice(-10).join('\n') : '';
      reject(new Error(`redis-server exited with ${code}\n${tail}`));
    });
  });
  exited.catch(() => undefined);
  const deadline = Date.now() + 10_000;
  while (!(await answersPing(port))) {
    await Promise.race([new Promise((resolve) => setTimeout(resolve, 25)), exited]);
    if (Date.now() > deadline) {
      await kill(server);
      throw new Error(`redis-server did not answer on port ${port} within 10 s`);
    }
  }
  return server;
}

/** A detached shell that kills the server and removes `dir` once this process is gone. */
function guard(server: ChildProcess, dir: string): ChildProcess {
  const watch =
    'pid=$1; redis=$2; while kill -0 "$pid" 2>/dev/null; do sleep 1; done; kill -9 "$redis"; rm -rf "$0"';
  const watchdog = spawn('sh', ['-c', watch, dir, String(process.pid), String(server.pid)], {
    detached: true,
    stdio: 'ignore',
  });
  watchdog.unref();
  return watchdog;
}

async function kill(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGKILL');
  await exited;
}

function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.setTimeout(1_000);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    for (const event of ['error', 'timeout', 'close'] as const) {
      socket.once(event, () => {
        socket.destroy();
        resolve(false);
      });
    }
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    // Binding port 0 picks a free port.
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}
