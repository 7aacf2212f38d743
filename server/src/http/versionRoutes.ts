import { CompareQuery, CreateVersionRequest } from '@pactum/shared';
import { Router } from 'express';
import type { VersionService } from '../versions/VersionService.ts';
import { parseBody } from './parseBody.ts';

export function versionRoutes(versions: VersionService): Router {
  const router = Router();

  router.get('/treaties/:id/versions', (request, response) => {
    response.json(versions.list(request.params.id));
  });

  router.post('/treaties/:id/versions', (request, response) => {
    const created = versions.createNamed(request.params.id, parseBody(CreateVersionRequest, request.body));
    response.status(201).location(`/api/treaties/${request.params.id}/versions/${created.id}`).json(created);
  });

  router.get('/treaties/:id/versions/:versionId', (request, response) => {
    response.json(versions.get(request.params.id, request.params.versionId));
  });

  router.get('/treaties/:id/compare', (request, response) => {
    const { from, to } = parseBody(CompareQuery, request.query);
    response.json(versions.compare(request.params.id, from, to));
  });

  router.get('/treaties/:id/clauses/:clauseId/history', (request, response) => {
    response.json(versions.history(request.params.id, request.params.clauseId));
  });

  return router;
}
