import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type SpawnedServer, spawnServer } from './spawnServer.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Our server as a child process on a free port of 127.0.0.1, with durability
 * and auth on as always (`adminToken` as the operator token). `root` may be
 * another checkout of the repository; `nodeArgs` are extra Node flags
 * (`--expose-gc`, `--cpu-prof`).
 */
export function spawnPactum(options: {
  dataDir: string;
  adminToken: string;
  root?: string;
  nodeArgs?: string[];
  /** More environment, e.g. PACTUM_DATABASE_URL and PACTUM_REDIS_URL for a node of several. */
  env?: Record<string, string>;
}): Promise<SpawnedServer> {
  return spawnServer([...(options.nodeArgs ?? []), '--import', 'tsx', 'server/src/main.ts'], {
    cwd: options.root ?? repoRoot,
    env: {
      PORT: '0',
      HOST: '127.0.0.1',
      PACTUM_DATA_DIR: options.dataDir,
      PACTUM_ADMIN_TOKEN: options.adminToken,
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    ready: /Pactum is running at http:\/\/localhost:(\d+)/,
    name: 'Pactum',
  });
}
