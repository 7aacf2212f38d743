import { type ChildProcess, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';
import { storeEnv } from './storeEnv.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const operatorTokens = new Map<string, string>();

/**
 * The admin token of the test server at `url` (http or ws, any path), so
 * helpers act as the operator unless a test asks for another identity.
 */
export function operatorTokenFor(url: string): string | undefined {
  return operatorTokens.get(new URL(url).host);
}

export interface ServerOptions {
  /** Reuse a data directory (e.g. to restart on the same store). */
  dataDir?: string;
  /** Listen on this port instead of a free one (e.g. to restart where browsers expect it). */
  port?: number;
  env?: Record<string, string>;
}

export interface RunningServer {
  url: string;
  wsUrl: string;
  port: number;
  dataDir: string;
  /** PACTUM_ADMIN_TOKEN of this server: `Authorization: Bearer <it>` acts as the operator. */
  adminToken: string;
  process: ChildProcess;
  /** Everything the server printed, for diagnostics. */
  output(): string;
  /** SIGTERM and wait for a clean exit; resolves with the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL: no chance to flush anything. */
  kill9(): Promise<void>;
}

/**
 * Starts the real server (`node --import tsx server/src/main.ts`) on a free
 * port with a temporary data directory; stops it when the test finishes. In
 * the Postgres run its store is the data directory's own database (storeEnv).
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-data-'));
  // A restart on the same port keeps the token, so clients of the first run can reconnect.
  const adminToken =
    options.env?.PACTUM_ADMIN_TOKEN ??
    (options.port ? operatorTokens.get(`127.0.0.1:${options.port}`) : undefined) ??
    crypto.randomBytes(24).toString('base64url');
  const store = await storeEnv(dataDir);
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(options.port ?? 0),
      HOST: '127.0.0.1',
      PACTUM_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      PACTUM_ADMIN_TOKEN: adminToken,
      ...store,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 20 s:\n${output}`)), 20_000);
    const onData = () => {
      const match = /Pactum is running at http:\/\/localhost:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        resolve(Number(match[1]));
      }
    };
    child.stdout.on('data', onData);
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${output}`));
    });
  });

  const server: RunningServer = {
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}`,
    port,
    dataDir,
    adminToken,
    process: child,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      return exited;
    },
    async kill9() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
  operatorTokens.set(`127.0.0.1:${port}`, adminToken);
  onTestFinished(() => server.kill9());
  // Otherwise a server that ignored the database would pass every test of the Postgres run on SQLite.
  if (store.PACTUM_DATABASE_URL && fs.existsSync(path.join(dataDir, 'pactum.db'))) {
    throw new Error(`the server made a SQLite store in ${dataDir} although PACTUM_DATABASE_URL was set`);
  }
  return server;
}
