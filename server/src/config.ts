import path from 'node:path';
import { ProxyTrust } from './access/ProxyTrust.ts';

export interface Config {
  port: number;
  host: string | undefined;
  dataDir: string;
  /** A postgres:// URL (PACTUM_DATABASE_URL): the store is that database instead of SQLite in `dataDir`. */
  databaseUrl: string | undefined;
  /** A redis:// or rediss:// URL (PACTUM_REDIS_URL): processes on one store relay edits through it. */
  redisUrl: string | undefined;
  clientDir: string;
  compactAfterRows: number;
  checkpointIdleMs: number;
  checkpointMaxMs: number;
  keepCheckpoints: number;
  /** Bearer token with chair rights on every treaty; undefined = no operator access. */
  adminToken: string | undefined;
  /** Origins besides the server's own whose pages may use it (WebSocket and cookie writes). */
  allowedOrigins: string[];
  /** Address printed in links (the one-time chair link), e.g. https://pactum.example.org. */
  publicUrl: string | undefined;
  /** Reverse proxies whose X-Forwarded-For/-Proto headers are believed (PACTUM_TRUST_PROXY). */
  trustProxy: ProxyTrust;
  /** A session ends after this long without a request; every request moves the end. */
  sessionIdleMs: number;
  /** Wrong invite links, session cookies or admin tokens one address may present per 10 minutes. */
  guessLimit: number;
  /** Node's http.Server limits against clients that send a request slowly. */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  /**
   * Test only, never set in production: PACTUM_FAULT_COMMIT_DELAY_MS holds every
   * commit this long after the rooms have shown it to others, for the kill -9
   * tests of that window. Unset (the default): no delay.
   */
  faultCommitDelayMs: number | undefined;
}

/** Reads the configuration from the environment; throws a message naming the bad variable. */
export function readConfig(env: NodeJS.ProcessEnv, repoRoot: string): Config {
  const integer = (name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new Error(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
    }
    return value;
  };
  return {
    port: integer('PORT', 8080, 0, 65535),
    host: env.HOST || undefined,
    dataDir: path.resolve(env.PACTUM_DATA_DIR ?? path.join(repoRoot, 'data')),
    databaseUrl: databaseUrl(env.PACTUM_DATABASE_URL),
    redisUrl: redisUrl(env.PACTUM_REDIS_URL),
    clientDir: path.resolve(env.PACTUM_CLIENT_DIR ?? path.join(repoRoot, 'client/dist')),
    compactAfterRows: integer('PACTUM_COMPACT_AFTER_ROWS', 500, 1),
    checkpointIdleMs: integer('PACTUM_CHECKPOINT_IDLE_MS', 2 * 60_000, 50),
    checkpointMaxMs: integer('PACTUM_CHECKPOINT_MAX_MS', 10 * 60_000, 50),
    keepCheckpoints: integer('PACTUM_KEEP_CHECKPOINTS', 500, 1),
    adminToken: adminToken(env.PACTUM_ADMIN_TOKEN),
    allowedOrigins: origins(env.PACTUM_ALLOWED_ORIGINS),
    publicUrl: env.PACTUM_PUBLIC_URL ? env.PACTUM_PUBLIC_URL.replace(/\/+$/, '') : undefined,
    trustProxy: ProxyTrust.parse(env.PACTUM_TRUST_PROXY),
    sessionIdleMs: integer('PACTUM_SESSION_IDLE_HOURS', DEFAULT_SESSION_IDLE_HOURS, 1, 24 * 365) * 3_600_000,
    guessLimit: integer('PACTUM_GUESS_LIMIT', 20, 1, 100_000),
    faultCommitDelayMs: env.PACTUM_FAULT_COMMIT_DELAY_MS
      ? integer('PACTUM_FAULT_COMMIT_DELAY_MS', 0, 1, 60_000)
      : undefined,
    ...timeouts(
      integer('PACTUM_HEADERS_TIMEOUT_MS', 20_000, 100),
      integer('PACTUM_REQUEST_TIMEOUT_MS', 120_000, 100),
    ),
  };
}

/** Two weeks: rejoining takes a new invite from the chair, so idle sessions are not cut short. */
export const DEFAULT_SESSION_IDLE_HOURS = 14 * 24;

function timeouts(headersTimeoutMs: number, requestTimeoutMs: number) {
  // Node refuses a request timeout shorter than the headers timeout.
  if (requestTimeoutMs < headersTimeoutMs) {
    throw new Error('PACTUM_REQUEST_TIMEOUT_MS must not be shorter than PACTUM_HEADERS_TIMEOUT_MS');
  }
  return { headersTimeoutMs, requestTimeoutMs };
}

function adminToken(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  // The token itself is never echoed: error messages and logs may be shared.
  if (raw.length < 16) throw new Error('PACTUM_ADMIN_TOKEN must be at least 16 characters long');
  return raw;
}

function databaseUrl(raw: string | undefined): string | undefined {
  return serviceUrl(raw, 'PACTUM_DATABASE_URL', {
    schemes: /^postgres(ql)?:\/\//,
    start: 'postgres:// or postgresql://',
    shape: 'a URL like postgres://user:password@host:5432/pactum',
  });
}

function redisUrl(raw: string | undefined): string | undefined {
  return serviceUrl(raw, 'PACTUM_REDIS_URL', {
    schemes: /^rediss?:\/\//,
    start: 'redis:// or rediss://',
    shape: 'a URL like redis://:password@host:6379 or rediss://… for TLS',
  });
}

/** A service's URL from `name`, or undefined when unset; never echoed, as it may hold a password. */
function serviceUrl(
  raw: string | undefined,
  name: string,
  { schemes, start, shape }: { schemes: RegExp; start: string; shape: string },
): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (!schemes.test(raw)) throw new Error(`${name} must start with ${start} (${shape})`);
  try {
    new URL(raw);
  } catch {
    throw new Error(
      `${name} does not parse as ${shape} (special characters in the password must be percent-encoded)`,
    );
  }
  return raw;
}

function origins(raw: string | undefined): string[] {
  if (!raw) return [];
  return raw
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => {
      if (origin === '') return false;
      if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
        throw new Error(`PACTUM_ALLOWED_ORIGINS: "${origin}" is not an origin like https://example.org`);
      }
      return true;
    });
}
