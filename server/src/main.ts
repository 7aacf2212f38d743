import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPactumServer } from './createPactumServer.ts';
import { createLogger } from './logger.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const log = createLogger();
const port = Number(process.env.PORT ?? 8080);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be an integer from 0 to 65535, got "${process.env.PORT}"`);
  process.exit(2);
}
const dataDir = path.resolve(process.env.PACTUM_DATA_DIR ?? path.join(repoRoot, 'data'));
const clientDir = path.resolve(process.env.PACTUM_CLIENT_DIR ?? path.join(repoRoot, 'client/dist'));

const compactAfterRows = Number(process.env.PACTUM_COMPACT_AFTER_ROWS ?? 500);
if (!Number.isInteger(compactAfterRows) || compactAfterRows < 1) {
  console.error(
    `PACTUM_COMPACT_AFTER_ROWS must be a positive integer, got "${process.env.PACTUM_COMPACT_AFTER_ROWS}"`,
  );
  process.exit(2);
}

const server = createPactumServer({ dataDir, clientDir, log, compactAfterRows });
const actualPort = await server.listen(port, process.env.HOST);
log.info({ port: actualPort, dataDir }, 'listening');
console.log(`Pactum is running at http://localhost:${actualPort}`);

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
