import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot, spawnPactum } from '../pactumProcess.ts';

export interface PactumProcess {
  url: string;
  wsUrl: string;
  adminToken: string;
  stop(): Promise<void>;
}

/** Our server as a child process on a free port, with a temporary store; serves the built client (or `env`'s PACTUM_CLIENT_DIR). */
export async function startPactum(env: Record<string, string> = {}): Promise<PactumProcess> {
  if (!fs.existsSync(path.join(repoRoot, 'client/dist/index.html')))
    throw new Error('client/dist is missing: run `npm run build` first');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-keystroke-'));
  const adminToken = crypto.randomBytes(24).toString('base64url');
  const server = await spawnPactum({ dataDir, adminToken, env });
  return {
    url: `http://127.0.0.1:${server.port}`,
    wsUrl: `ws://127.0.0.1:${server.port}`,
    adminToken,
    async stop() {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
