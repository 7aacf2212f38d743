import { execFile } from 'node:child_process';
import { repoRoot } from './startServer.ts';
import { storeEnv } from './storeEnv.ts';

/**
 * Runs `npm run soak -- <args>` as a person would; resolves with its exit code
 * and output. In the Postgres run, the servers it starts share a fresh database.
 */
export async function soak(args: string[]): Promise<{ code: number; stdout: string }> {
  const env = { ...process.env, ...(await storeEnv()) };
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'bench/soak.ts', ...args],
      { cwd: repoRoot, env, maxBuffer: 16 * 2 ** 20 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout: `${stdout}${stderr}` });
      },
    );
  });
}

/** The value printed beside `label` in a soak's table of figures ('' when it is not there). */
export const figure = (stdout: string, label: string): string =>
  new RegExp(`^\\s+${label.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\s+(.+)$`, 'm').exec(stdout)?.[1] ?? '';
