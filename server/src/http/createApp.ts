import fs from 'node:fs';
import path from 'node:path';
import { Limits } from '@pactum/shared';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import type { RoomRegistry } from '../collab/RoomRegistry.ts';
import type { TreatyService } from '../TreatyService.ts';
import type { VersionService } from '../versions/VersionService.ts';
import { errorHandler } from './HttpError.ts';
import { treatyRoutes } from './treatyRoutes.ts';
import { versionRoutes } from './versionRoutes.ts';

export interface AppOptions {
  treaties: TreatyService;
  versions: VersionService;
  rooms: RoomRegistry;
  log: Logger;
  /** Directory of the built client (index.html and assets). */
  clientDir: string;
}

export function createApp({ treaties, versions, rooms, log, clientDir }: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(helmet({ contentSecurityPolicy: { directives: { 'connect-src': ["'self'"] } } }));
  app.use((request, response, next) => {
    const started = performance.now();
    response.on('finish', () => {
      const ms = Math.round((performance.now() - started) * 10) / 10;
      log.debug(
        { method: request.method, url: request.originalUrl, status: response.statusCode, ms },
        'request',
      );
    });
    next();
  });

  app.get('/api/health', (_request, response) => {
    response.json({ status: 'ok', rooms: rooms.size });
  });
  app.use(
    '/api',
    express.json({ limit: Limits.maxJsonBodyBytes }),
    versionRoutes(versions),
    treatyRoutes(treaties),
  );

  const indexHtml = path.join(clientDir, 'index.html');
  app.use(express.static(clientDir, { index: false, maxAge: '1h', immutable: false }));
  app.get('/{*page}', (_request, response) => {
    if (!fs.existsSync(indexHtml)) {
      response.status(503).type('text').send('The client is not built. Run `npm start`, which builds it.');
      return;
    }
    response.sendFile(indexHtml, { headers: { 'Cache-Control': 'no-cache' } });
  });

  app.use(errorHandler(log));
  return app;
}
