// `npm run soak -- <name> [--seeds N | --rounds N | --count N | --minutes N | --seed S]`
// Long-run reliability checks against the real server; each prints its figures
// and exits 1 if its claim did not hold. `npm test` runs each at a small scale.
import { parseArgs } from 'node:util';
import type { SoakCheck, SoakScale } from './src/soak/soakCheck.ts';
import { writeResults } from './src/writeResults.ts';

const checks: Record<string, () => Promise<SoakCheck>> = {
  frames: async () => (await import('./src/soak/frames/framesCheck.ts')).frames,
  durability: async () => (await import('./src/soak/durability/durabilityCheck.ts')).durability,
  convergence: async () => (await import('./src/soak/convergence/convergenceCheck.ts')).convergence,
  soak: async () => (await import('./src/soak/load/loadCheck.ts')).soak,
};

const USAGE = `Usage: npm run soak -- <check> [--seeds N | --rounds N | --count N | --minutes N | --seed S]
checks: ${Object.keys(checks).join(', ') || '(none yet)'}`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    seeds: { type: 'string' },
    rounds: { type: 'string' },
    count: { type: 'string' },
    minutes: { type: 'string' },
    seed: { type: 'string' },
  },
});
const [name] = positionals;
const load = name ? checks[name] : undefined;
if (!name || !load || positionals.length > 1) {
  console.error(USAGE);
  process.exit(2);
}
const scale: SoakScale = {};
for (const key of ['seeds', 'rounds', 'count', 'minutes', 'seed'] as const) {
  const raw = values[key];
  if (raw === undefined) continue;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) {
    console.error(`--${key} must be a non-negative number, not "${raw}"\n\n${USAGE}`);
    process.exit(2);
  }
  scale[key] = value;
}

const started = performance.now();
const result = await (await load())(scale);
const seconds = (performance.now() - started) / 1000;
const rows: Array<[string, string | number]> = [...result.figures, ['wall time', `${seconds.toFixed(1)} s`]];
const width = Math.max(...rows.map(([label]) => label.length));
console.log(`\nsoak ${name}`);
for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
const file = writeResults(`soak-${name}`, { scale, ...result, seconds });
console.log(`results: ${file}`);
for (const failure of result.failures) console.log(`FAILED: ${failure}`);
console.log(result.held ? `soak ${name}: held` : `soak ${name}: did NOT hold`);
process.exit(result.held ? 0 : 1);
