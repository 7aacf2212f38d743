import { Action, AddLanguageRequest } from '@pactum/shared';
import { Router } from 'express';
import type { LanguageService } from '../languages/LanguageService.ts';
import { parseBody } from './parseBody.ts';
import type { TreatyGate } from './TreatyGate.ts';

/** The treaty's languages: everyone reads them, the chair adds and removes them. */
export function languageRoutes(gate: TreatyGate, languages: LanguageService): Router {
  const router = Router();

  router.get('/treaties/:id/languages', async (request, response) => {
    await gate.treaty(response, request.params.id, Action.read);
    response.json(await languages.list(request.params.id));
  });

  router.post('/treaties/:id/languages', async (request, response) => {
    const chair = await gate.treaty(response, request.params.id, Action.manage);
    const { code } = parseBody(AddLanguageRequest, request.body);
    response.status(201).json(await languages.add(chair, code));
  });

  router.delete('/treaties/:id/languages/:code', async (request, response) => {
    const chair = await gate.treaty(response, request.params.id, Action.manage);
    response.json(await languages.remove(chair, request.params.code));
  });

  return router;
}
