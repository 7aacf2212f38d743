import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './startServer.ts';
import { storeEnv } from './storeEnv.ts';

/** Runs `npm run pactum -- …` (server/src/cli.ts) on the store of a data directory; never rejects. */
export async function pactumCli(
  dataDir: string,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  const store = await storeEnv(dataDir);
  return promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', path.join(repoRoot, 'server/src/cli.ts'), ...args],
    {
      cwd: repoRoot,
      env: { ...process.env, PACTUM_DATA_DIR: dataDir, ...store },
    },
  ).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  );
}
