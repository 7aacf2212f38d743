import {
  ApiErrorCode,
  CreateTreatyRequest,
  commitmentMatrix,
  evaluateScenario,
  ScenarioEvent,
} from '@pactum/shared';
import { Router } from 'express';
import type { TreatyService } from '../TreatyService.ts';
import { HttpError } from './HttpError.ts';
import { parseBody } from './parseBody.ts';

export function treatyRoutes(treaties: TreatyService): Router {
  const router = Router();

  router.get('/treaties', (_request, response) => {
    response.json({ treaties: treaties.list() });
  });

  router.post('/treaties', (request, response) => {
    const parsed = CreateTreatyRequest.safeParse(request.body);
    if (!parsed.success) {
      const message = parsed.error.issues.map(
        (issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`,
      );
      throw new HttpError(400, ApiErrorCode.BadRequest, message.join('; '));
    }
    const created = treaties.create({
      title: parsed.data.title,
      preamble: [''],
      clauses: [{ heading: '', paragraphs: [''] }],
    });
    response.status(201).location(`/api/treaties/${created.id}`).json(created);
  });

  router.get('/treaties/:id', (request, response) => {
    response.json(treaties.read(request.params.id));
  });

  router.get('/treaties/:id/clauses', (request, response) => {
    response.json({ clauses: treaties.read(request.params.id).clauses });
  });

  router.get('/treaties/:id/matrix', (request, response) => {
    response.json(commitmentMatrix(treaties.read(request.params.id)));
  });

  router.post('/treaties/:id/scenario', (request, response) => {
    const treaty = treaties.read(request.params.id);
    response.json(evaluateScenario(treaty, parseBody(ScenarioEvent, request.body)));
  });

  router.use((_request, _response) => {
    throw new HttpError(404, ApiErrorCode.NotFound, 'no such API endpoint');
  });

  return router;
}
