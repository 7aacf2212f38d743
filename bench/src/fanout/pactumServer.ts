import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { repoRoot, spawnPactum } from '../pactumProcess.ts';
import type { SpawnedServer } from '../spawnServer.ts';
import { LoadClient } from './LoadClient.ts';
import type { ServerUnderTest } from './serverUnderTest.ts';

/** Extra Node flags for the server, e.g. `--cpu-prof` to see where its time goes. */
const nodeArgs = () => (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);

export interface PactumFixture {
  workDir: string;
  /** A data directory holding the sample treaty; each measurement starts from a copy. */
  templateDir: string;
  /** The sample treaty's document as a client receives it: the seed for both servers. */
  seedFile: string;
  treatyId: string;
  adminToken: string;
}

function start(root: string, dataDir: string, adminToken: string): Promise<SpawnedServer> {
  return spawnPactum({ root, dataDir, adminToken, nodeArgs: nodeArgs() });
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/**
 * Starts our server once on a fresh data directory in a disk-backed temp dir (not
 * tmpfs: fsync must be real), which creates the sample treaty, and reads its
 * document as a client would.
 */
export async function preparePactum(): Promise<PactumFixture> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-fanout-'));
  const adminToken = crypto.randomBytes(24).toString('base64url');
  const templateDir = path.join(workDir, 'template');
  const first = await start(repoRoot, templateDir, adminToken);
  try {
    const response = await fetch(`http://127.0.0.1:${first.port}/api/treaties`, {
      headers: bearer(adminToken),
    });
    const { treaties } = (await response.json()) as { treaties: Array<{ id: string }> };
    const treatyId = treaties[0]?.id;
    if (!treatyId) throw new Error(`no treaty listed: ${JSON.stringify(treaties)}`);
    const reader = new LoadClient(0, {
      url: `ws://127.0.0.1:${first.port}/collab/${treatyId}`,
      headers: bearer(adminToken),
      barriers: false,
      onApplied: () => {},
    });
    await reader.opened;
    await reader.roundTrip();
    const seedFile = path.join(workDir, 'seed.bin');
    fs.writeFileSync(seedFile, Y.encodeStateAsUpdate(reader.doc));
    reader.close();
    return { workDir, templateDir, seedFile, treatyId, adminToken };
  } finally {
    await first.stop();
  }
}

/**
 * Our server with durability (SQLite WAL, synchronous=FULL) and auth (operator
 * token on the upgrade) on, as always; a fresh process on a fresh copy of the
 * template for every measurement. `root` may be another checkout of the
 * repository, to compare before and after a change in the same run.
 */
export function pactumServer(fixture: PactumFixture, name = 'Pactum', root = repoRoot): ServerUnderTest {
  let runs = 0;
  return {
    name,
    async start() {
      runs += 1;
      const dataDir = path.join(fixture.workDir, `${name.replace(/\W+/g, '-')}-${runs}`);
      fs.cpSync(fixture.templateDir, dataDir, { recursive: true });
      const spawned = await start(root, dataDir, fixture.adminToken);
      return {
        pid: spawned.pid,
        url: `ws://127.0.0.1:${spawned.port}/collab/${fixture.treatyId}`,
        headers: bearer(fixture.adminToken),
        barriers: true,
        async stop() {
          await spawned.stop();
          fs.rmSync(dataDir, { recursive: true, force: true });
        },
      };
    },
  };
}
