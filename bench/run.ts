// `npm run bench -- [name] [--tiny] [--nodes N]`: runs the named benchmark, or all of them;
// `fanout --nodes N` runs fanout against 1 node and N nodes on Postgres and Redis instead.
import { coldloadBench } from './src/coldloadBench.ts';
import { compareBench } from './src/compareBench.ts';
import { exportBench } from './src/exportBench.ts';
import { fanoutBench } from './src/fanout/fanoutBench.ts';
import { fanoutNodesBench } from './src/fanout/fanoutNodesBench.ts';
import { firstloadBench } from './src/firstload/firstloadBench.ts';
import { idleBench } from './src/idleBench.ts';
import { keystrokeBench } from './src/keystroke/keystrokeBench.ts';
import { memoryBench } from './src/memoryBench.ts';

const args = process.argv.slice(2);
const tiny = args.includes('--tiny');
const nodesAt = args.indexOf('--nodes');
const nodes = nodesAt >= 0 ? Number(args[nodesAt + 1]) : null;
if (nodes !== null && !(Number.isInteger(nodes) && nodes >= 2)) {
  console.error(`--nodes wants a whole number of nodes ≥ 2, got ${args[nodesAt + 1]}`);
  process.exit(2);
}

const benchmarks: Record<string, (tiny: boolean) => void | Promise<void>> = {
  compare: compareBench,
  export: exportBench,
  coldload: coldloadBench,
  memory: memoryBench,
  fanout: nodes === null ? fanoutBench : (tiny) => fanoutNodesBench(tiny, nodes),
  idle: idleBench,
  keystroke: keystrokeBench,
  firstload: firstloadBench,
};

const names = args.filter((arg, i) => !arg.startsWith('--') && (nodesAt < 0 || i !== nodesAt + 1));
const unknown = names.filter((name) => !(name in benchmarks));
if (unknown.length > 0) {
  console.error(`unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(benchmarks).join(', ')}`);
  process.exit(2);
}
for (const name of names.length > 0 ? names : Object.keys(benchmarks)) await benchmarks[name]?.(tiny);
