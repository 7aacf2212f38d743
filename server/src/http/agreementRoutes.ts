import {
  Action,
  BracketRequest,
  CommentRequest,
  ConcordanceRequest,
  ProposeOptionRequest,
  ReservationRequest,
  SignOffRequest,
} from '@pactum/shared';
import { Router } from 'express';
import type { AgreementService } from '../agreement/AgreementService.ts';
import { parseBody } from './parseBody.ts';
import type { TreatyGate } from './TreatyGate.ts';

/** Sign-offs, brackets, concordance, options, comments and reservations of a treaty's clauses. */
export function agreementRoutes(gate: TreatyGate, agreement: AgreementService): Router {
  const router = Router();
  const clause = '/treaties/:id/clauses/:clauseId';

  router.get('/treaties/:id/agreement', async (request, response) => {
    await gate.treaty(response, request.params.id, Action.read);
    response.json(await agreement.overview(request.params.id));
  });

  router.post(`${clause}/signoff`, async (request, response) => {
    const access = await gate.treaty(response, request.params.id, Action.negotiate);
    const { adReferendum } = parseBody(SignOffRequest, request.body ?? {});
    response.json(await agreement.signOff(access, request.params.clauseId, adReferendum ?? false));
  });

  router.delete(`${clause}/signoff`, async (request, response) => {
    const access = await gate.treaty(response, request.params.id, Action.negotiate);
    response.json(await agreement.withdrawSignOff(access, request.params.clauseId));
  });

  router.post(`${clause}/brackets`, async (request, response) => {
    const access = await gate.treaty(response, request.params.id, Action.negotiate);
    const { reason } = parseBody(BracketRequest, request.body ?? {});
    response.json(await agreement.placeBracket(access, request.params.clauseId, reason || undefined));
  });

  router.delete(`${clause}/brackets`, async (request, response) => {
    const access = await gate.treaty(response, request.params.id, Action.negotiate);
    response.json(await agreement.liftBracket(access, request.params.clauseId));
  });

  router.post(`${clause}/concordance`, async (request, response) => {
    const access = await gate.treaty(response, request.params.id, Action.negotiate);
    const { hashes } = parseBody(ConcordanceRequest, request.body ?? {});
    response.json(await agreement.confirmConcordance(access, request.params.clauseId, hashes));
  });

  router.get('/treaties/:id/concordance', async (request, response) => {
    await gate.treaty(response, request.params.id, Action.read);
    response.json(await agreement.concordance(request.params.id));
  });

  router.post(`${clause}/options`, async (request, response) => {
    const access = await gate.treaty(response, request.params.id, Action.negotiate);
    const { paragraphs } = parseBody(ProposeOptionRequest, request.body);
    response.status(201).json(await agreement.proposeOption(access, request.params.clauseId, paragraphs));
  });

  router.post('/treaties/:id/options/:optionId/support', async (request, response) => {
    const access = await gate.treaty(response, request.params.id, Action.negotiate);
    response.json(await agreement.setSupport(access, request.params.optionId, true));
  });

  router.delete('/treaties/:id/options/:optionId/support', async (request, response) => {
    const access = await gate.treaty(response, request.params.id, Action.negotiate);
    response.json(await agreement.setSupport(access, request.params.optionId, false));
  });

  router.post('/treaties/:id/options/:optionId/adopt', async (request, response) => {
    const chair = await gate.treaty(response, request.params.id, Action.manage);
    response.json(await agreement.adoptOption(chair, request.params.optionId));
  });

  router.post(`${clause}/comments`, async (request, response) => {
    const access = await gate.treaty(response, request.params.id, Action.comment);
    const { text, parentId } = parseBody(CommentRequest, request.body);
    response.status(201).json(await agreement.addComment(access, request.params.clauseId, text, parentId));
  });

  router.post('/treaties/:id/comments/:commentId/resolve', async (request, response) => {
    const access = await gate.treaty(response, request.params.id, Action.comment);
    response.json(await agreement.resolveComment(access, request.params.commentId));
  });

  router.post(`${clause}/reservations`, async (request, response) => {
    const access = await gate.treaty(response, request.params.id, Action.negotiate);
    const { text } = parseBody(ReservationRequest, request.body);
    response.status(201).json(await agreement.enterReservation(access, request.params.clauseId, text));
  });

  router.delete('/treaties/:id/reservations/:reservationId', async (request, response) => {
    const access = await gate.treaty(response, request.params.id, Action.negotiate);
    response.json(await agreement.withdrawReservation(access, request.params.reservationId));
  });

  return router;
}
