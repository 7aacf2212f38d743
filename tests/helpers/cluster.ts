import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFailed, onTestFinished } from 'vitest';
import type * as Y from 'yjs';
import { loadTreatyDoc } from '../../server/src/persistence/loadTreatyDoc.ts';
import { openStorage } from '../../server/src/persistence/openStorage.ts';
import type { Storage } from '../../server/src/persistence/Storage.ts';
import { loggedErrors } from './loggedErrors.ts';
import { type RedisServer, startRedis } from './redis.ts';
import { type RunningServer, startServer } from './startServer.ts';
import { testDatabase } from './testDatabase.ts';

export interface Cluster {
  nodes: RunningServer[];
  /** PACTUM_DATABASE_URL of every node: one throwaway database on the run's Postgres. */
  databaseUrl: string;
  /** The one Redis every node relays through (PACTUM_REDIS_URL). */
  redis: RedisServer;
  /** PACTUM_ADMIN_TOKEN of every node. */
  adminToken: string;
  /** The treaty's document as the shared store holds it, read beside the nodes. */
  storedDoc(treatyId: string): Promise<Y.Doc>;
}

export interface ClusterOptions {
  nodes?: number;
  /** More environment for every node (e.g. LOG_LEVEL). */
  env?: Record<string, string>;
}

/**
 * Starts `nodes` server processes (3 unless told) at the same moment, sharing
 * one fresh Postgres database of the run's throwaway cluster (see
 * postgresGlobalSetup.ts), one throwaway Redis and one admin token, each on
 * its own port with its own empty data directory. When the test ends, pass
 * or fail, the nodes are killed, then Redis stopped, the data directories
 * removed and the database dropped.
 */
export async function startCluster({ nodes = 3, env = {} }: ClusterOptions = {}): Promise<Cluster> {
  const databaseUrl = await testDatabase();
  const redis = await startRedis();
  onTestFinished(() => redis.stop());
  const adminToken = crypto.randomBytes(24).toString('base64url');
  let store: Promise<Storage> | undefined;
  onTestFinished(async () => {
    await (await store)?.close();
  });

  const startNode = async (): Promise<RunningServer> => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-node-'));
    // Registered before startServer registers the kill, so it runs after it.
    onTestFinished(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    const node = await startServer({
      dataDir,
      env: {
        PACTUM_ADMIN_TOKEN: adminToken,
        PACTUM_DATABASE_URL: databaseUrl,
        PACTUM_REDIS_URL: redis.url,
        ...env,
      },
    });
    // A node that ignored the database would make its own SQLite store and share nothing.
    if (fs.existsSync(path.join(dataDir, 'pactum.db'))) {
      throw new Error(`node on ${node.url} made a SQLite store although PACTUM_DATABASE_URL was set`);
    }
    return node;
  };

  const started = await Promise.all(Array.from({ length: nodes }, startNode));
  onTestFailed(() => {
    for (const [index, node] of started.entries()) {
      const errors = loggedErrors(node);
      if (errors.length > 0)
        console.log(`node ${index} (${node.url}) logged:\n${errors.slice(-20).join('\n')}`);
    }
  });
  return {
    nodes: started,
    databaseUrl,
    redis,
    adminToken,
    async storedDoc(treatyId) {
      store ??= openStorage({ dataDir: os.tmpdir(), databaseUrl });
      return loadTreatyDoc((await store).treaties, treatyId);
    },
  };
}
