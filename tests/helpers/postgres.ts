import { execFile, execFileSync, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Fresh databases on a running cluster. */
export interface PostgresDatabases {
  /** The superuser's URL of the cluster's `postgres` database. */
  url: string;
  /** Creates an empty database and returns its URL. */
  createDatabase(): Promise<string>;
  /** Drops a database made by createDatabase, closing whatever is still connected to it. */
  dropDatabase(url: string): Promise<void>;
}

export interface PostgresCluster extends PostgresDatabases {
  /** Stops the server and removes its directory. */
  stop(): Promise<void>;
}

/** The newest installed server's binaries, e.g. /usr/lib/postgresql/15/bin. */
export function postgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((version) => fs.existsSync(path.join(root, version, 'bin/initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions[0] === undefined) {
    throw new Error(
      'PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb). `npm test` installs it; ' +
        'or as root: apt-get install -y --no-install-recommends postgresql',
    );
  }
  return path.join(root, versions[0], 'bin');
}

/**
 * Starts a throwaway Postgres: a new cluster in a temporary directory, on a
 * free port of 127.0.0.1, its socket in that directory. As root it runs as the
 * `postgres` system user (initdb refuses root). A watchdog stops it and removes
 * the directory if this process dies without calling stop(). `durable` keeps
 * fsync on, for benchmarks, where a commit must cost what it costs in
 * production; tests turn it off.
 */
export async function startPostgres({ durable = false } = {}): Promise<PostgresCluster> {
  const bin = postgresBinDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-pg-'));
  const asServer = serverUser(dir);
  const data = path.join(dir, 'data');
  const log = path.join(dir, 'server.log');
  const pgCtl = (...args: string[]) => [...asServer, path.join(bin, 'pg_ctl'), '-D', data, ...args];
  const stopCommand = pgCtl('-m', 'immediate', 'stop');
  let watchdog: ReturnType<typeof spawn> | undefined;
  try {
    const initdb = [path.join(bin, 'initdb'), '-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8'];
    await exec([...asServer, ...initdb, '--locale=C', '--no-sync']);
    const port = await startOnFreePort(pgCtl, dir, log, durable);
    const watch = 'pid=$1; shift; while kill -0 "$pid" 2>/dev/null; do sleep 1; done; "$@"; rm -rf "$0"';
    watchdog = spawn('sh', ['-c', watch, dir, String(process.pid), ...stopCommand], {
      detached: true,
      stdio: 'ignore',
    });
    watchdog.unref();
    const databases = postgresDatabases(`postgres://postgres@127.0.0.1:${port}/postgres`);
    let stopped: Promise<void> | undefined;
    return {
      ...databases,
      stop: () => {
        stopped ??= (async () => {
          watchdog?.kill();
          await exec(stopCommand).catch(() => undefined);
          fs.rmSync(dir, { recursive: true, force: true });
        })();
        return stopped;
      },
    };
  } catch (error) {
    watchdog?.kill();
    await exec(stopCommand).catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** Creates and drops databases on the cluster at `url` (its superuser's), with psql. */
export function postgresDatabases(url: string): PostgresDatabases {
  const psql = path.join(postgresBinDir(), 'psql');
  const sql = (statement: string) =>
    run(psql, ['--no-psqlrc', '-q', '-v', 'ON_ERROR_STOP=1', '-d', url, '-c', statement]);
  return {
    url,
    async createDatabase() {
      const name = `test_${crypto.randomBytes(6).toString('hex')}`;
      // An ICU locale rather than C, as a real server's would be: sorting must not depend on it.
      await sql(
        `CREATE DATABASE ${name} TEMPLATE template0 STRATEGY FILE_COPY LOCALE_PROVIDER icu ICU_LOCALE 'en-US'`,
      );
      const created = new URL(url);
      created.pathname = `/${name}`;
      return created.toString();
    },
    async dropDatabase(databaseUrl) {
      const name = new URL(databaseUrl).pathname.slice(1);
      if (!/^test_[0-9a-f]{12}$/.test(name)) throw new Error(`${name} was not made by createDatabase`);
      await sql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** The command prefix that runs the server's programs, having handed `dir` to their user. */
function serverUser(dir: string): string[] {
  if (process.getuid?.() !== 0) return [];
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  fs.chownSync(dir, id('-u'), id('-g'));
  return ['runuser', '-u', 'postgres', '--'];
}

/** Starts the server on a free port; another process may take the port first, so it tries a few. */
async function startOnFreePort(
  pgCtl: (...args: string[]) => string[],
  dir: string,
  log: string,
  durable: boolean,
): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const options = [
      `-p ${port}`,
      `-k ${dir}`,
      '-c listen_addresses=127.0.0.1',
      // A throwaway cluster: what a crash of the machine would lose does not matter to a test.
      ...(durable ? [] : ['-c fsync=off', '-c full_page_writes=off']),
    ].join(' ');
    try {
      await exec(pgCtl('-l', log, '-o', options, '-w', '-t', '60', 'start'));
      return port;
    } catch (error) {
      if (attempt === 3) {
        const tail = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').slice(-15).join('\n') : '';
        throw new Error(`Postgres did not start: ${(error as Error).message}\n${tail}`);
      }
    }
  }
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

async function exec([command, ...args]: string[]): Promise<void> {
  if (command === undefined) throw new Error('no command');
  await run(command, args, { cwd: os.tmpdir() });
}
