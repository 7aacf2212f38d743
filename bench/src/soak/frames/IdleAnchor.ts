import { type ChildProcess, spawn } from 'node:child_process';
import { killOnExit } from '../../childProcesses.ts';

// Waits a second before measuring, so its own start is not counted; reports on stdin's end.
const SCRIPT = `
const { monitorEventLoopDelay } = require('node:perf_hooks');
const histogram = monitorEventLoopDelay({ resolution: 5 });
setTimeout(() => histogram.enable(), 1000);
process.stdin.resume();
process.stdin.on('end', () => {
  process.stdout.write(JSON.stringify({ maxMs: Math.round(histogram.max / 1e5) / 10 }));
  process.exit(0);
});
`;

/**
 * The anchor for the server's event-loop delay: an idle Node process on the
 * same machine, measured the same way over the same window. What it reports
 * is the machine (other processes, the scheduler), not any server.
 */
export class IdleAnchor {
  readonly #child: ChildProcess;
  readonly #output: Promise<string>;

  constructor() {
    this.#child = killOnExit(spawn(process.execPath, ['-e', SCRIPT], { stdio: ['pipe', 'pipe', 'inherit'] }));
    this.#output = new Promise((resolve) => {
      let text = '';
      this.#child.stdout?.on('data', (chunk) => {
        text += chunk;
      });
      this.#child.once('exit', () => resolve(text));
    });
  }

  /** Stops it and returns the longest delay it saw, in ms. */
  async stop(): Promise<number> {
    this.#child.stdin?.end();
    const output = await this.#output;
    return (JSON.parse(output || '{"maxMs":null}') as { maxMs: number | null }).maxMs ?? Number.NaN;
  }
}
