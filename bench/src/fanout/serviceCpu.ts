import fs from 'node:fs';
import { processUsage } from './processUsage.ts';

const pids = () =>
  fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number);

function read(pid: number, file: string): string {
  try {
    return fs.readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return '';
  }
}

function parentOf(pid: number): number {
  const stat = read(pid, 'stat');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

/**
 * The CPU time so far of the service whose main process has `marker` in its
 * command line, and of its children (Postgres runs a process per connection),
 * in ms; children that already exited are not counted.
 */
export function serviceCpu(marker: (cmdline: string) => boolean): () => number {
  const root = pids().find((pid) => marker(read(pid, 'cmdline').replaceAll('\0', ' ')));
  if (root === undefined) throw new Error('service process not found');
  return () =>
    pids()
      .filter((pid) => pid === root || parentOf(pid) === root)
      .reduce((sum, pid) => {
        try {
          return sum + processUsage(pid).cpuMs;
        } catch {
          return sum;
        }
      }, 0);
}

/** The postmaster started by tests/helpers/postgres.ts on `port` (its options hold `-p <port>`). */
export const postgresCpu = (port: number) =>
  serviceCpu((cmdline) => cmdline.includes('postgres') && cmdline.includes(`-p ${port} `));

/** redis-server on `port` (it renames itself `redis-server 127.0.0.1:<port>`). */
export const redisCpu = (port: number) =>
  serviceCpu(
    (cmdline) =>
      cmdline.includes('redis-server') &&
      (cmdline.includes(`:${port}`) || cmdline.includes(`--port ${port} `)),
  );
