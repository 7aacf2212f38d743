import fs from 'node:fs';
import path from 'node:path';
import { type HealthJSON, Limits } from '@pactum/shared';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import type { AccessService } from '../access/AccessService.ts';
import type { ProxyTrust } from '../access/ProxyTrust.ts';
import type { AgreementService } from '../agreement/AgreementService.ts';
import type { AuditLog } from '../audit/AuditLog.ts';
import type { RoomRegistry } from '../collab/RoomRegistry.ts';
import { processEventLoop } from '../EventLoopDelay.ts';
import type { ExportService } from '../export/ExportService.ts';
import { LanguageService } from '../languages/LanguageService.ts';
import type { Storage } from '../persistence/Storage.ts';
import type { TreatyService } from '../TreatyService.ts';
import { TreatyTagService } from '../tags/TreatyTagService.ts';
import type { VersionService } from '../versions/VersionService.ts';
import { accessRoutes } from './accessRoutes.ts';
import { adminRoutes } from './adminRoutes.ts';
import { agreementRoutes } from './agreementRoutes.ts';
import { contentSecurityPolicy } from './contentSecurityPolicy.ts';
import { declaredBodyLimit } from './declaredBodyLimit.ts';
import { exportRoutes } from './exportRoutes.ts';
import { errorHandler } from './HttpError.ts';
import { languageRoutes } from './languageRoutes.ts';
import type { TreatyGate } from './TreatyGate.ts';
import { treatyRoutes } from './treatyRoutes.ts';
import { treatyTagRoutes } from './treatyTagRoutes.ts';
import { versionRoutes } from './versionRoutes.ts';

export interface AppOptions {
  gate: TreatyGate;
  treaties: TreatyService;
  versions: VersionService;
  access: AccessService;
  agreement: AgreementService;
  audit: AuditLog;
  exports: ExportService;
  rooms: RoomRegistry;
  /** The store's figures, for the operator's statistics. */
  storage: Pick<Storage, 'figures'>;
  log: Logger;
  /** Directory of the built client (index.html and assets). */
  clientDir: string;
  /** Which peers are proxies whose X-Forwarded-* headers count (PACTUM_TRUST_PROXY). */
  trustProxy: ProxyTrust;
}

/** `/invite/<token>` pages and `/api/invites/<token>` calls carry a secret in the path. */
const INVITE_TOKEN = /^(\/api\/invites\/|\/invite\/)[^/?#]+/;

export function createApp(options: AppOptions): Express {
  const { gate, treaties, versions, access, agreement, audit, exports, rooms, log, clientDir, trustProxy } =
    options;
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('trust proxy', trustProxy.trusts);
  app.use(helmet({ contentSecurityPolicy: false }));
  app.use((request, response, next) => {
    response.setHeader(
      'Content-Security-Policy',
      contentSecurityPolicy(request.headers.host, request.secure),
    );
    next();
  });
  app.use((request, response, next) => {
    const started = performance.now();
    response.on('finish', () => {
      const ms = Math.round((performance.now() - started) * 10) / 10;
      // Invite tokens travel in the path: log the route, never the secret.
      const url = request.originalUrl.replace(INVITE_TOKEN, '$1<token>');
      log.debug({ method: request.method, url, status: response.statusCode, ms }, 'request');
    });
    next();
  });
  // Treaty text, member lists and exports are confidential: no browser or proxy keeps a copy.
  app.use('/api', (_request, response, next) => {
    response.setHeader('Cache-Control', 'no-store');
    next();
  });

  const eventLoop = processEventLoop();
  app.get('/api/health', (_request, response) => {
    const health: HealthJSON = { status: 'ok', rooms: rooms.size, eventLoopDelay: eventLoop.summary() };
    response.json(health);
  });
  app.use('/api', gate.authenticate);
  // Exports, imports and uploads parse (or stream) their own, larger bodies and authorise themselves.
  app.use('/api', exportRoutes(gate, treaties, versions, exports, access));
  app.use('/api', adminRoutes(gate, rooms, options.storage));
  app.use(
    '/api',
    declaredBodyLimit(Limits.maxJsonBodyBytes),
    express.json({ limit: Limits.maxJsonBodyBytes }),
    accessRoutes(gate, access, audit, treaties),
  );
  // Everything under a treaty needs at least read access; routes ask for more.
  app.use('/api/treaties/:id', gate.readAccess);
  app.use(
    '/api',
    versionRoutes(gate, versions, audit),
    agreementRoutes(gate, agreement),
    treatyTagRoutes(gate, new TreatyTagService(treaties, audit)),
    languageRoutes(gate, new LanguageService(treaties, rooms, versions, audit)),
    treatyRoutes(gate, treaties, access),
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
