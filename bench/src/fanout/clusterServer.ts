import fs from 'node:fs';
import path from 'node:path';
import type { PostgresDatabases } from '../../../tests/helpers/postgres.ts';
import { spawnPactum } from '../pactumProcess.ts';
import type { SpawnedServer } from '../spawnServer.ts';
import type { ServerUnderTest } from './serverUnderTest.ts';

export interface ClusterFixture {
  workDir: string;
  adminToken: string;
  postgres: PostgresDatabases;
  redisUrl: string;
  services: Array<{ name: string; cpuMs(): number }>;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function sampleTreaty(port: number, adminToken: string): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/api/treaties`, { headers: bearer(adminToken) });
  const { treaties } = (await response.json()) as { treaties: Array<{ id: string }> };
  const treatyId = treaties[0]?.id;
  if (!treatyId) throw new Error(`no treaty listed: ${JSON.stringify(treaties)}`);
  return treatyId;
}

/**
 * `nodes` Pactum processes on one Postgres database and one Redis, as in
 * production with several nodes: a fresh database for every measurement (the
 * nodes start together and one of them creates the sample treaty),
 * the clients spread over the nodes by the load generator.
 */
export function clusterServer(fixture: ClusterFixture, nodes: number): ServerUnderTest {
  const name = nodes === 1 ? 'Pactum, 1 node' : `Pactum, ${nodes} nodes`;
  let runs = 0;
  return {
    name,
    async start() {
      runs += 1;
      const databaseUrl = await fixture.postgres.createDatabase();
      const spawned: SpawnedServer[] = [];
      let starting: Array<Promise<SpawnedServer>> = [];
      const stop = async () => {
        await Promise.allSettled(starting);
        await Promise.all(spawned.map((node) => node.stop()));
        await fixture.postgres.dropDatabase(databaseUrl);
      };
      try {
        // Started together, as a deployment would: first-start work is safe under concurrency.
        starting = Array.from({ length: nodes }, (_, node) => {
          const dataDir = path.join(fixture.workDir, `${nodes}-nodes-${runs}-${node}`);
          fs.mkdirSync(dataDir, { recursive: true });
          return spawnPactum({
            dataDir,
            adminToken: fixture.adminToken,
            env: { PACTUM_DATABASE_URL: databaseUrl, PACTUM_REDIS_URL: fixture.redisUrl },
          }).then((node) => {
            spawned.push(node);
            return node;
          });
        });
        const started = await Promise.all(starting);
        const treatyId = await sampleTreaty((started[0] as SpawnedServer).port, fixture.adminToken);
        const members = started.map((node) => ({
          pid: node.pid,
          url: `ws://127.0.0.1:${node.port}/collab/${treatyId}`,
        }));
        const first = members[0] as (typeof members)[number];
        return {
          ...first,
          headers: bearer(fixture.adminToken),
          barriers: true,
          nodes: members,
          services: fixture.services,
          stop,
        };
      } catch (error) {
        await stop();
        throw error;
      }
    },
  };
}
