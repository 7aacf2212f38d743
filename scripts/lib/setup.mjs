// Installs what Pactum needs on a fresh machine that has only Node 20 and npm.
// Used by `npm start` and `npm test`; plain Node, no dependencies.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PNPM_VERSION = JSON.parse(
  fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'),
).packageManager.split('@')[1];

export function log(message) {
  console.log(`\u001b[1m▸ ${message}\u001b[0m`);
}

/** Runs a command with inherited output; returns its exit code. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: repoRoot, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

export function mustRun(command, args, options) {
  const code = run(command, args, options);
  if (code !== 0) {
    console.error(`\n${command} ${args.join(' ')} failed with exit code ${code}`);
    process.exit(code);
  }
}

/** The pnpm pinned in package.json: a global one if it matches, otherwise through npx. */
export function pnpmCommand() {
  try {
    const version = execFileSync('pnpm', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (version === PNPM_VERSION) return ['pnpm'];
  } catch {}
  return ['npx', '-y', `pnpm@${PNPM_VERSION}`];
}

export function pnpm(args, options) {
  const [command, ...prefix] = pnpmCommand();
  return run(command, [...prefix, ...args], options);
}

/** Installs workspace dependencies exactly as locked. better-sqlite3 compiles from source here. */
export function installDependencies() {
  log(`Installing dependencies (pnpm ${PNPM_VERSION}, frozen lockfile)`);
  const env = { ...process.env, JOBS: 'max' };
  // node-gyp needs Node's headers; pnpm ignores `nodedir` in .npmrc, so pass it in the environment.
  if (!env.npm_config_nodedir && fs.existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr';
  const code = pnpm(['install', '--frozen-lockfile'], { env });
  if (code !== 0) {
    console.error('\nDependency installation failed (see above).');
    process.exit(code);
  }
}

const SYSTEM_PACKAGES = [
  { name: 'chromium', present: () => fs.existsSync('/usr/bin/chromium') },
  { name: 'poppler-utils', present: () => fs.existsSync('/usr/bin/pdftotext') },
  {
    name: 'fonts-dejavu-core',
    present: () => fs.existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'),
  },
  // The tests start throwaway servers of their own from these binaries; none is assumed to be running.
  { name: 'postgresql', present: () => postgresInstalled() },
  { name: 'redis-server', present: () => fs.existsSync('/usr/bin/redis-server') },
];

function postgresInstalled() {
  const root = '/usr/lib/postgresql';
  return (
    fs.existsSync(root) && fs.readdirSync(root).some((v) => fs.existsSync(path.join(root, v, 'bin/initdb')))
  );
}

/** Installs the Debian packages the tests use, or says exactly what to install. */
export function ensureSystemPackages() {
  const missing = SYSTEM_PACKAGES.filter((pkg) => !pkg.present()).map((pkg) => pkg.name);
  if (missing.length === 0) return;
  const command = `apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !fs.existsSync('/usr/bin/apt-get')) {
    console.error(
      `Missing system packages: ${missing.join(', ')}.\nInstall them as root:\n  apt-get update && ${command}`,
    );
    process.exit(1);
  }
  log(`Installing system packages: ${missing.join(', ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  mustRun('apt-get', ['update'], { env });
  mustRun('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env });
}
