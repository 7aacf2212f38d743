import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { retry } from '../helpers/retry.ts';
import { repoRoot } from '../helpers/startServer.ts';

/** The pids of the direct children of `pid` whose command line mentions `what`. */
function childrenRunning(pid: number, what: string): number[] {
  const file = `/proc/${pid}/task/${pid}/children`;
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .trim()
    .split(' ')
    .filter(Boolean)
    .map(Number)
    .filter((child) => {
      try {
        return fs.readFileSync(`/proc/${child}/cmdline`, 'utf8').includes(what);
      } catch {
        return false;
      }
    });
}

/** Running, not exited (a zombie waiting to be reaped by init counts as gone). */
const alive = (pid: number) => {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
};

// A long run stopped by Ctrl-C or by `timeout` used to leave its Pactum server running.
describe('a soak stopped by a signal', () => {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    it(`stops its server with it (${signal})`, async () => {
      const runner = spawn(
        process.execPath,
        ['--import', 'tsx', 'bench/soak.ts', 'frames', '--count', '1000000'],
        {
          cwd: repoRoot,
          stdio: 'ignore',
        },
      );
      const exited = new Promise<number | null>((resolve) => runner.once('exit', (exit) => resolve(exit)));
      const servers = await retry(() => {
        const found = childrenRunning(runner.pid as number, 'server/src/main.ts');
        expect(found).toHaveLength(1);
        return found;
      }, 30_000);
      runner.kill(signal);
      expect(await exited).toBe(code);
      await retry(() => expect(servers.filter(alive)).toEqual([]), 5_000);
    });
  }
});
