import { Worker } from 'node:worker_threads';

/**
 * Times a whole-text diff anchor `runs` times in a worker; stops it after
 * `limitMs` in all. Returns the samples it finished and whether it was cut off.
 */
export function runAnchor(
  anchor: 'diffWords' | 'fastDiff',
  before: string,
  after: string,
  runs: number,
  limitMs: number,
): Promise<{ samples: number[]; cutOff: boolean }> {
  return new Promise((resolve, reject) => {
    const samples: number[] = [];
    const worker = new Worker(new URL('./anchorWorker.mjs', import.meta.url), {
      workerData: { anchor, before, after, runs },
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve({ samples, cutOff: true });
    }, limitMs);
    worker.on('message', (ms: number) => samples.push(ms));
    worker.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    worker.on('exit', () => {
      clearTimeout(timer);
      resolve({ samples, cutOff: samples.length < runs });
    });
  });
}
