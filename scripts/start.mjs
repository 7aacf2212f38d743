// `npm start`: install, build the client, run the server (one process, one port).
import { spawn } from 'node:child_process';
import { installDependencies, log, pnpm, repoRoot } from './lib/setup.mjs';

installDependencies();
log('Building the client');
if (pnpm(['--filter', '@pactum/client', 'build']) !== 0) process.exit(1);

log('Starting Pactum');
const server = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
  cwd: repoRoot,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
