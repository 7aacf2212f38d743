// Runs the pinned pnpm with the given arguments (used where a script needs pnpm as one command).
import { pnpm } from './lib/setup.mjs';

process.exit(pnpm(process.argv.slice(2)));
