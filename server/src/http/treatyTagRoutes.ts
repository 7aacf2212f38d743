import { Action, DomainRequest, PartyCodeParam, PartyRequest } from '@pactum/shared';
import { Router } from 'express';
import type { TreatyTagService } from '../tags/TreatyTagService.ts';
import { parseBody } from './parseBody.ts';
import type { TreatyGate } from './TreatyGate.ts';

/** The treaty's parties and its own domains: the chair changes them here, and only here. */
export function treatyTagRoutes(gate: TreatyGate, tags: TreatyTagService): Router {
  const router = Router();
  const party = '/treaties/:id/parties/:code';

  router.put(party, async (request, response) => {
    const chair = await gate.treaty(response, request.params.id, Action.manage);
    const { code } = parseBody(PartyCodeParam, request.params);
    const { name } = parseBody(PartyRequest, request.body ?? {});
    const { party: written, added } = await tags.setParty(chair, code, name);
    response.status(added ? 201 : 200).json(written);
  });

  router.delete(party, async (request, response) => {
    const chair = await gate.treaty(response, request.params.id, Action.manage);
    const { code } = parseBody(PartyCodeParam, request.params);
    response.json(await tags.removeParty(chair, code));
  });

  router.post('/treaties/:id/domains', async (request, response) => {
    const chair = await gate.treaty(response, request.params.id, Action.manage);
    response.status(201).json(await tags.addDomain(chair, parseBody(DomainRequest, request.body ?? {})));
  });

  return router;
}
