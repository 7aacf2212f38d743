import {
  ApiErrorCode,
  CreateTreatyRequest,
  commitmentMatrix,
  evaluateScenario,
  LanguageQuery,
  ScenarioEvent,
  treatyInLanguage,
} from '@pactum/shared';
import { Router } from 'express';
import type { AccessService } from '../access/AccessService.ts';
import type { TreatyService } from '../TreatyService.ts';
import { chooseLanguage } from '../versions/chooseLanguage.ts';
import { HttpError } from './HttpError.ts';
import { invalidRequest, parseBody } from './parseBody.ts';
import type { TreatyGate } from './TreatyGate.ts';

/** The delegation code of a chair who creates a treaty without naming one: the secretariat. */
const DEFAULT_CREATOR_DELEGATION = 'SEC';

export function treatyRoutes(gate: TreatyGate, treaties: TreatyService, access: AccessService): Router {
  const router = Router();

  router.get('/treaties', async (_request, response) => {
    const visible = await access.visibleTreatyIds(gate.principal(response));
    const list = await treaties.list();
    response.json({ treaties: visible ? list.filter((treaty) => visible.has(treaty.id)) : list });
  });

  router.post('/treaties', async (request, response) => {
    const principal = gate.principal(response);
    const parsed = CreateTreatyRequest.safeParse(request.body);
    if (!parsed.success) throw invalidRequest(parsed.error);
    const created = await treaties.create({
      title: parsed.data.title,
      preamble: [''],
      clauses: [{ heading: '', paragraphs: [''] }],
    });
    await access.addCreator(created.id, principal, parsed.data.delegation ?? DEFAULT_CREATOR_DELEGATION);
    response.status(201).location(`/api/treaties/${created.id}`).json(created);
  });

  router.get('/treaties/:id', async (request, response) => {
    response.json(await treaties.read(request.params.id));
  });

  router.get('/treaties/:id/clauses', async (request, response) => {
    const { lang } = parseBody(LanguageQuery, request.query);
    const treaty = await treaties.read(request.params.id);
    response.json({ clauses: treatyInLanguage(treaty, chooseLanguage(lang, treaty.languages)).clauses });
  });

  router.get('/treaties/:id/matrix', async (request, response) => {
    response.json(commitmentMatrix(await treaties.read(request.params.id)));
  });

  router.post('/treaties/:id/scenario', async (request, response) => {
    const treaty = await treaties.read(request.params.id);
    response.json(evaluateScenario(treaty, parseBody(ScenarioEvent, request.body)));
  });

  router.use((_request, _response) => {
    throw new HttpError(404, ApiErrorCode.NotFound, 'no such API endpoint');
  });

  return router;
}
