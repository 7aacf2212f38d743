// `npm run bench -- [name] [--tiny]`: runs the named benchmark, or all of them.
import { coldloadBench } from './src/coldloadBench.ts';
import { compareBench } from './src/compareBench.ts';
import { exportBench } from './src/exportBench.ts';
import { fanoutBench } from './src/fanout/fanoutBench.ts';
import { idleBench } from './src/idleBench.ts';
import { keystrokeBench } from './src/keystroke/keystrokeBench.ts';
import { memoryBench } from './src/memoryBench.ts';

const benchmarks: Record<string, (tiny: boolean) => void | Promise<void>> = {
  compare: compareBench,
  export: exportBench,
  coldload: coldloadBench,
  memory: memoryBench,
  fanout: fanoutBench,
  idle: idleBench,
  keystroke: keystrokeBench,
};

const args = process.argv.slice(2);
const tiny = args.includes('--tiny');
const names = args.filter((arg) => !arg.startsWith('--'));
const unknown = names.filter((name) => !(name in benchmarks));
if (unknown.length > 0) {
  console.error(`unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(benchmarks).join(', ')}`);
  process.exit(2);
}
for (const name of names.length > 0 ? names : Object.keys(benchmarks)) await benchmarks[name]?.(tiny);
