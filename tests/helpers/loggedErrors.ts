import type { RunningServer } from './startServer.ts';

/** pino's level of `error`: a line at or above it is the server saying something went wrong. */
const PINO_ERROR = 50;

/** The lines a test server logged at error level or above, so far. */
export function loggedErrors(server: Pick<RunningServer, 'output'>): string[] {
  return server
    .output()
    .split('\n')
    .filter((line) => {
      if (!line.startsWith('{')) return false;
      try {
        return ((JSON.parse(line) as { level?: number }).level ?? 0) >= PINO_ERROR;
      } catch {
        return false;
      }
    });
}
