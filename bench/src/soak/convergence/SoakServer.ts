import { type ChildProcess, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { killOnExit } from '../../childProcesses.ts';
import { repoRoot } from '../../pactumProcess.ts';

const READY = /Pactum is running at http:\/\/localhost:(\d+)/;
/** pino's level of `error`: a line at or above it is the server saying something went wrong. */
const PINO_ERROR = 50;

/**
 * The real server as a child process on a free port of 127.0.0.1, on a data
 * directory that outlives it (so it can restart on the same store), with its
 * log read line by line: every error it logs is kept for the report.
 */
export class SoakServer {
  readonly adminToken = crypto.randomBytes(24).toString('base64url');
  readonly dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-soak-'));
  /** Errors the server logged, over all its runs. */
  readonly errors: string[] = [];
  port = 0;
  #child: ChildProcess | null = null;

  constructor(
    private readonly env: Record<string, string> = {},
    private readonly nodeArgs: string[] = [],
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get wsUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  get pid(): number {
    return this.#child?.pid ?? 0;
  }

  async start(): Promise<void> {
    const child = killOnExit(
      spawn(process.execPath, [...this.nodeArgs, '--import', 'tsx', 'server/src/main.ts'], {
        cwd: repoRoot,
        env: {
          ...process.env,
          PORT: '0',
          HOST: '127.0.0.1',
          PACTUM_DATA_DIR: this.dataDir,
          PACTUM_ADMIN_TOKEN: this.adminToken,
          LOG_LEVEL: 'warn',
          ...this.env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    this.#child = child;
    let pending = '';
    let output = '';
    const ready = new Promise<number>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the server did not start in 30 s:\n${output}`)),
        30_000,
      );
      child.stdout?.on('data', (chunk: Buffer) => {
        pending += chunk;
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) {
          if (output.length < 20_000) output += `${line}\n`;
          const match = READY.exec(line);
          if (match) {
            clearTimeout(timer);
            resolve(Number(match[1]));
          }
          this.#readLog(line);
        }
      });
      child.stderr?.on('data', (chunk: Buffer) => {
        if (output.length < 20_000) output += chunk;
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`the server exited (${code ?? signal}) before it was ready:\n${output}`));
      });
    });
    this.port = await ready;
  }

  #readLog(line: string): void {
    if (!line.startsWith('{')) return;
    try {
      const entry = JSON.parse(line) as { level?: number; msg?: string; err?: { message?: string } };
      if ((entry.level ?? 0) >= PINO_ERROR) {
        this.errors.push(`${entry.msg ?? 'error'}${entry.err?.message ? `: ${entry.err.message}` : ''}`);
      }
    } catch {
      // Not a log line.
    }
  }

  /** SIGTERM (the server commits and closes cleanly), SIGKILL after 10 s; resolves with the exit code. */
  async stop(): Promise<number | null> {
    const child = this.#child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return child?.exitCode ?? null;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    const code = await exited;
    clearTimeout(killer);
    return code;
  }

  async restart(): Promise<number | null> {
    const code = await this.stop();
    await this.start();
    return code;
  }

  /** Stops the server and deletes its data. */
  async dispose(): Promise<void> {
    await this.stop();
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}
