import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { killOnExit } from '../../childProcesses.ts';
import { repoRoot } from '../../pactumProcess.ts';

const killSwitch = fileURLToPath(new URL('./killSwitch.ts', import.meta.url));

export interface CrashableServerOptions {
  dataDir: string;
  adminToken: string;
  /** 0 for a free one. */
  port: number;
  env?: Record<string, string>;
  /** Preload the kill switch (operation markers on stderr, and a kill inside one if `env` asks). */
  killSwitch?: boolean;
}

/**
 * The real server as a child process that the durability check can SIGKILL
 * at any moment or stop with SIGTERM, keeping everything it wrote to stderr.
 */
type Exit = { code: number | null; signal: NodeJS.Signals | null };

export class CrashableServer {
  readonly #exited: Promise<Exit>;
  readonly #output: { stdout: string; stderr: string };

  private constructor(
    readonly process: ChildProcess,
    readonly port: number,
    exited: Promise<Exit>,
    output: { stdout: string; stderr: string },
  ) {
    this.#exited = exited;
    this.#output = output;
  }

  static async start(options: CrashableServerOptions): Promise<CrashableServer> {
    const args = [
      '--import',
      'tsx',
      ...(options.killSwitch ? ['--import', killSwitch] : []),
      'server/src/main.ts',
    ];
    const child = killOnExit(
      spawn(process.execPath, args, {
        cwd: repoRoot,
        env: {
          ...process.env,
          PORT: String(options.port),
          HOST: '127.0.0.1',
          PACTUM_DATA_DIR: options.dataDir,
          PACTUM_ADMIN_TOKEN: options.adminToken,
          LOG_LEVEL: 'warn',
          ...options.env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    const output = { stdout: '', stderr: '' };
    child.stdout.on('data', (chunk) => {
      output.stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output.stderr += chunk;
    });
    const exited = new Promise<Exit>((resolve) =>
      child.once('close', (code, signal) => resolve({ code, signal })),
    );
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the server did not start in 60 s:\n${output.stderr}`)),
        60_000,
      );
      const onData = () => {
        const match = /Pactum is running at http:\/\/localhost:(\d+)/.exec(output.stdout);
        if (!match) return;
        clearTimeout(timer);
        child.stdout.off('data', onData);
        resolve(Number(match[1]));
      };
      child.stdout.on('data', onData);
      void exited.then(({ code, signal }) => {
        clearTimeout(timer);
        reject(
          new Error(
            `the server exited (${code ?? signal}) before it listened:\n${output.stdout}${output.stderr}`,
          ),
        );
      });
    });
    return new CrashableServer(child, port, exited, output);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get wsUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /** Everything the process wrote to stderr so far (all of it once `exited` resolved). */
  get stderr(): string {
    return this.#output.stderr;
  }

  /** Resolves when the process is gone and its output is read to the end. */
  exited(): Promise<Exit> {
    return this.#exited;
  }

  get alive(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  async kill9(): Promise<void> {
    if (this.alive) this.process.kill('SIGKILL');
    await this.#exited;
  }

  /** SIGTERM; resolves with the exit code (null if a signal ended it). */
  async stop(): Promise<number | null> {
    if (this.alive) this.process.kill('SIGTERM');
    return (await this.#exited).code;
  }
}
