import {
  Action,
  CreateVersionRequest,
  LanguagePairQuery,
  LanguageQuery,
  VersionCompareQuery,
} from '@pactum/shared';
import { Router } from 'express';
import { auditActor } from '../access/AccessControl.ts';
import type { AuditLog } from '../audit/AuditLog.ts';
import type { VersionService } from '../versions/VersionService.ts';
import { parseBody } from './parseBody.ts';
import type { TreatyGate } from './TreatyGate.ts';

/** Versions, compare and clause history; the gate has checked read access to the treaty. */
export function versionRoutes(gate: TreatyGate, versions: VersionService, audit: AuditLog): Router {
  const router = Router();

  router.get('/treaties/:id/versions', async (request, response) => {
    response.json(await versions.list(request.params.id));
  });

  router.post('/treaties/:id/versions', async (request, response) => {
    const chair = await gate.treaty(response, request.params.id, Action.manage);
    const by = chair.delegation ? `${chair.displayName} · ${chair.delegation}` : chair.displayName;
    const created = await versions.createNamed(
      request.params.id,
      parseBody(CreateVersionRequest, request.body),
      by,
      ({ id, name }, scope) =>
        audit.append(request.params.id, auditActor(chair), 'version.named', { versionId: id, name }, scope),
    );
    response.status(201).location(`/api/treaties/${request.params.id}/versions/${created.id}`).json(created);
  });

  router.get('/treaties/:id/versions/:versionId', async (request, response) => {
    response.json(await versions.get(request.params.id, request.params.versionId));
  });

  router.get('/treaties/:id/compare', async (request, response) => {
    const { from, to, lang } = parseBody(VersionCompareQuery, request.query);
    response.json(await versions.compare(request.params.id, from, to, lang));
  });

  router.get('/treaties/:id/compare-languages', async (request, response) => {
    const { at, left, right } = parseBody(LanguagePairQuery, request.query);
    response.json(await versions.compareLanguages(request.params.id, at, left, right));
  });

  router.get('/treaties/:id/clauses/:clauseId/history', async (request, response) => {
    const { lang } = parseBody(LanguageQuery, request.query);
    response.json(await versions.history(request.params.id, request.params.clauseId, lang));
  });

  return router;
}
