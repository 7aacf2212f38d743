// Runs one whole-text diff anchor in a worker thread, so the benchmark can stop it at a time limit.
// Plain JavaScript: worker threads do not inherit the TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';
import { diffWords } from 'diff';
import fastDiff from 'fast-diff';

const { anchor, before, after, runs } = workerData;
const run = anchor === 'diffWords' ? () => diffWords(before, after) : () => fastDiff(before, after);
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  run();
  parentPort?.postMessage(performance.now() - start);
}
