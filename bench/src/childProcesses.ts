import type { ChildProcess } from 'node:child_process';

const alive = new Set<ChildProcess>();
const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;

function killAll(): void {
  for (const child of alive) child.kill('SIGKILL');
}

/**
 * Kills `child` when this process exits or is stopped by a signal, so a run
 * interrupted with Ctrl-C or `timeout` leaves no server behind (a server
 * left running keeps its port and its temporary data dir).
 */
export function killOnExit<T extends ChildProcess>(child: T): T {
  alive.add(child);
  child.once('exit', () => alive.delete(child));
  return child;
}

// Installed as this module loads, before any child exists: a signal that arrived between a spawn
// and a handler installed with it would end this process the default way and leave the child running.
process.on('exit', killAll);
for (const [signal, number] of Object.entries(SIGNALS)) {
  process.once(signal, () => {
    killAll();
    process.exit(128 + number);
  });
}
