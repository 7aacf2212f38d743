import { type ChildProcess, fork } from 'node:child_process';
import { killOnExit } from '../../childProcesses.ts';

export interface ChurnerPlan {
  seed: number;
  visitors: Array<{ index: number; url: string; headers: Record<string, string>; writes: boolean }>;
}

export type ChurnerProcessMessage =
  | { type: 'started' }
  | { type: 'stopped'; joins: number; failures: string[] };

export interface ChurnerResult {
  joins: number;
  failures: string[];
}

const ENTRY = new URL('./churnerChild.ts', import.meta.url);

/** The churners of `churnerChild.ts`, started and stopped from the process that measures. */
export class ChurnerProcess {
  readonly #child: ChildProcess;
  readonly #stopped: Promise<ChurnerResult>;

  private constructor(child: ChildProcess) {
    this.#child = child;
    this.#stopped = new Promise((resolve, reject) => {
      child.on('message', (message: ChurnerProcessMessage) => {
        if (message.type === 'stopped') resolve({ joins: message.joins, failures: message.failures });
      });
      child.once('exit', (code, signal) =>
        reject(new Error(`the churners' process exited (${signal ?? code})`)),
      );
    });
    // Until stop() is awaited, an early exit is reported there, not as an unhandled rejection.
    this.#stopped.catch(() => {});
  }

  static async start(plan: ChurnerPlan): Promise<ChurnerProcess> {
    const child = killOnExit(fork(ENTRY, [], { execArgv: ['--import', 'tsx'] }));
    const churners = new ChurnerProcess(child);
    const started = new Promise<void>((resolve) =>
      child.on('message', (message: ChurnerProcessMessage) => {
        if (message.type === 'started') resolve();
      }),
    );
    child.send(plan);
    await Promise.race([started, churners.#stopped]);
    return churners;
  }

  /** Every churner leaves after its current visit; resolves with their joins and failures. */
  async stop(): Promise<ChurnerResult> {
    this.#child.send('stop');
    return this.#stopped;
  }
}
