import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Config, readConfig } from './config.ts';
import { createPactumServer, type PactumServer } from './createPactumServer.ts';
import { createLogger } from './logger.ts';
import { UnusableStoreError } from './persistence/UnusableStoreError.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let config: Config;
try {
  config = readConfig(process.env, repoRoot);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const log = createLogger();
let server: PactumServer;
try {
  server = await createPactumServer({ ...config, log });
} catch (error) {
  // A damaged or foreign store: say so plainly and stop, rather than serve nothing or something else.
  if (!(error instanceof UnusableStoreError)) throw error;
  console.error(`Pactum cannot start: ${error.message}`);
  process.exit(3);
}
const port = await server.listen(config.port, config.host);
log.info({ port, dataDir: config.dataDir }, 'listening');
if (server.firstChairLink) {
  // Printed once, like a notebook server's token URL: the only way in before anyone is invited.
  const base = config.publicUrl ?? `http://localhost:${port}`;
  const { path: linkPath, title } = server.firstChairLink;
  console.log(`Chair link for "${title}" (works once): ${base}${linkPath}`);
}
console.log(`Pactum is running at http://localhost:${port}`);

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      (error) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
