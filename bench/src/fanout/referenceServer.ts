import { createRequire } from 'node:module';
import path from 'node:path';
import { spawnServer } from '../spawnServer.ts';
import { freePort } from './freePort.ts';
import type { ServerUnderTest } from './serverUnderTest.ts';

const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve('@y/websocket-server/package.json'));

/**
 * The reference: `@y/websocket-server@0.1.1`'s own server (its `y-websocket` bin), documents
 * in memory, no persistence (YPERSISTENCE unset, so leveldown is never opened), no auth.
 * The document is seeded by the load generator's first client.
 */
export const referenceServer: ServerUnderTest = {
  name: '@y/websocket-server 0.1.1',
  async start() {
    const port = await freePort();
    const spawned = await spawnServer([path.join(packageDir, 'src/server.js')], {
      cwd: packageDir,
      env: { HOST: '127.0.0.1', PORT: String(port) },
      ready: /on port (\d+)/,
      name: 'the reference server',
    });
    return {
      pid: spawned.pid,
      url: `ws://127.0.0.1:${spawned.port}/collab/benchmark`,
      headers: {},
      barriers: false,
      stop: () => spawned.stop(),
    };
  },
};
