// Type-checks every workspace package with the native tsc (no emit).
import path from 'node:path';
import { repoRoot, run } from './lib/setup.mjs';

const tsc = path.join(repoRoot, 'node_modules/.bin/tsc');
let failed = false;
for (const project of ['shared', 'server', 'client', 'tests', 'bench']) {
  if (run(tsc, ['-p', project]) !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
