import { type ChildProcess, fork } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { GeneratorMessage, LoadConfig, LoadResult } from './loadProtocol.ts';
import { processUsage } from './processUsage.ts';
import type { ServerUnderTest } from './serverUnderTest.ts';

const GENERATOR = fileURLToPath(new URL('./loadGenerator.ts', import.meta.url));
const RSS_SAMPLE_MS = 500;
const GENERATOR_EXIT_MS = 10_000;

/** Waits for `child` to exit by itself (it may be writing a profile), killing it after `ms`. */
function exited(child: ChildProcess, ms: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export interface Measurement extends LoadResult {
  server: string;
  rate: number;
  clients: number;
  /** The machine's cores. */
  cores: number;
  /** CPU of the server process over the measured window, in % of one core. */
  serverCpuPercent: number;
  serverRssPeakMiB: number;
  serverRssEndMiB: number;
  /** With several nodes: each node's CPU over the measured window, in % of one core. */
  nodeCpuPercents: number[];
  /** CPU of each of the servers' services over the measured window, in % of one core. */
  serviceCpuPercents: Record<string, number>;
}

export type LoadShape = Omit<LoadConfig, 'url' | 'headers' | 'barriers'>;

/**
 * One measurement: a fresh server process, the load generator in a process of
 * its own, the server's CPU and RSS read from /proc over the measured window.
 */
export async function runLoad(target: ServerUnderTest, shape: LoadShape): Promise<Measurement> {
  const server = await target.start();
  try {
    const config: LoadConfig = {
      ...shape,
      url: server.url,
      headers: server.headers,
      barriers: server.barriers,
      ...(server.nodes ? { nodeUrls: server.nodes.map((node) => node.url) } : {}),
    };
    const pids = server.nodes?.map((node) => node.pid) ?? [server.pid];
    const usage = () => {
      const nodes = pids.map(processUsage);
      return {
        cpuMs: nodes.reduce((sum, node) => sum + node.cpuMs, 0),
        rssBytes: nodes.reduce((sum, node) => sum + node.rssBytes, 0),
        nodeCpuMs: nodes.map((node) => node.cpuMs),
        serviceCpuMs: (server.services ?? []).map((service) => service.cpuMs()),
      };
    };
    const generator = fork(GENERATOR, [JSON.stringify(config)], {
      execArgv: [
        ...(process.env.BENCH_GENERATOR_NODE_ARGS ?? '').split(' ').filter(Boolean),
        '--import',
        'tsx',
      ],
    });
    let from = usage();
    let fromAt = performance.now();
    let to = from;
    let toAt = fromAt;
    let peakRss = 0;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, usage().rssBytes);
    }, RSS_SAMPLE_MS);
    try {
      const result = await new Promise<LoadResult>((resolve, reject) => {
        generator.on('message', (message: GeneratorMessage) => {
          if (message.type === 'measuring') {
            from = usage();
            fromAt = performance.now();
            peakRss = from.rssBytes;
          } else if (message.type === 'measured') {
            to = usage();
            toAt = performance.now();
            peakRss = Math.max(peakRss, to.rssBytes);
          } else if (message.type === 'result') resolve(message.result);
          else reject(new Error(`load generator failed against ${target.name}:\n${message.message}`));
        });
        generator.on('exit', (code) => reject(new Error(`load generator exited with ${code}`)));
      });
      const MiB = 2 ** 20;
      const percent = (cpuMs: number) => (cpuMs / (toAt - fromAt)) * 100;
      return {
        ...result,
        server: target.name,
        rate: shape.rate,
        clients: shape.clients,
        cores: os.cpus().length,
        serverCpuPercent: ((to.cpuMs - from.cpuMs) / (toAt - fromAt)) * 100,
        serverRssPeakMiB: peakRss / MiB,
        serverRssEndMiB: to.rssBytes / MiB,
        nodeCpuPercents: to.nodeCpuMs.map((cpuMs, node) => percent(cpuMs - (from.nodeCpuMs[node] as number))),
        serviceCpuPercents: Object.fromEntries(
          (server.services ?? []).map((service, i) => [
            service.name,
            percent((to.serviceCpuMs[i] as number) - (from.serviceCpuMs[i] as number)),
          ]),
        ),
      };
    } finally {
      clearInterval(sampler);
      await exited(generator, GENERATOR_EXIT_MS);
    }
  } finally {
    await server.stop();
  }
}
