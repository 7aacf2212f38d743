import { type ChildProcess, spawn } from 'node:child_process';
import { killOnExit } from './childProcesses.ts';

export interface SpawnedServer {
  process: ChildProcess;
  pid: number;
  port: number;
  /** SIGTERM, then SIGKILL if it has not exited after 5 s. */
  stop(): Promise<void>;
}

/**
 * Starts `node <args>` and waits until it prints a line matching `ready`,
 * whose first group is the port it listens on.
 */
export function spawnServer(
  args: string[],
  options: { cwd: string; env: Record<string, string>; ready: RegExp; name: string },
): Promise<SpawnedServer> {
  const child = killOnExit(
    spawn(process.execPath, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${options.name} did not start in 30 s:\n${output}`));
    }, 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = options.ready.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      resolve({
        process: child,
        pid: child.pid as number,
        port: Number(match[1]),
        async stop() {
          if (child.exitCode !== null || child.signalCode !== null) return;
          child.kill('SIGTERM');
          const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
          await exited;
          clearTimeout(killer);
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk;
      if (process.env.BENCH_SERVER_STDERR) process.stderr.write(chunk);
      // Warnings are kept for the error message; a benchmark run should not print them all.
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`${options.name} exited before it was ready:\n${output}`));
    });
  });
}
