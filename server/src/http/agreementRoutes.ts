import {
  Action,
  BracketRequest,
  CommentRequest,
  ProposeOptionRequest,
  ReservationRequest,
  SignOffRequest,
} from '@pactum/shared';
import { Router } from 'express';
import type { AgreementService } from '../agreement/AgreementService.ts';
import { parseBody } from './parseBody.ts';
import type { TreatyGate } from './TreatyGate.ts';

/** Sign-offs, brackets, options, comments and reservations of a treaty's clauses. */
export function agreementRoutes(gate: TreatyGate, agreement: AgreementService): Router {
  const router = Router();
  const clause = '/treaties/:id/clauses/:clauseId';

  router.get('/treaties/:id/agreement', (request, response) => {
    gate.treaty(response, request.params.id, Action.read);
    response.json(agreement.overview(request.params.id));
  });

  router.post(`${clause}/signoff`, (request, response) => {
    const access = gate.treaty(response, request.params.id, Action.negotiate);
    const { adReferendum } = parseBody(SignOffRequest, request.body ?? {});
    response.json(agreement.signOff(access, request.params.clauseId, adReferendum ?? false));
  });

  router.delete(`${clause}/signoff`, (request, response) => {
    const access = gate.treaty(response, request.params.id, Action.negotiate);
    response.json(agreement.withdrawSignOff(access, request.params.clauseId));
  });

  router.post(`${clause}/brackets`, (request, response) => {
    const access = gate.treaty(response, request.params.id, Action.negotiate);
    const { reason } = parseBody(BracketRequest, request.body ?? {});
    response.json(agreement.placeBracket(access, request.params.clauseId, reason || undefined));
  });

  router.delete(`${clause}/brackets`, (request, response) => {
    const access = gate.treaty(response, request.params.id, Action.negotiate);
    response.json(agreement.liftBracket(access, request.params.clauseId));
  });

  router.post(`${clause}/options`, (request, response) => {
    const access = gate.treaty(response, request.params.id, Action.negotiate);
    const { paragraphs } = parseBody(ProposeOptionRequest, request.body);
    response.status(201).json(agreement.proposeOption(access, request.params.clauseId, paragraphs));
  });

  router.post('/treaties/:id/options/:optionId/support', (request, response) => {
    const access = gate.treaty(response, request.params.id, Action.negotiate);
    response.json(agreement.setSupport(access, request.params.optionId, true));
  });

  router.delete('/treaties/:id/options/:optionId/support', (request, response) => {
    const access = gate.treaty(response, request.params.id, Action.negotiate);
    response.json(agreement.setSupport(access, request.params.optionId, false));
  });

  router.post('/treaties/:id/options/:optionId/adopt', (request, response) => {
    const chair = gate.treaty(response, request.params.id, Action.manage);
    response.json(agreement.adoptOption(chair, request.params.optionId));
  });

  router.post(`${clause}/comments`, (request, response) => {
    const access = gate.treaty(response, request.params.id, Action.comment);
    const { text, parentId } = parseBody(CommentRequest, request.body);
    response.status(201).json(agreement.addComment(access, request.params.clauseId, text, parentId));
  });

  router.post('/treaties/:id/comments/:commentId/resolve', (request, response) => {
    const access = gate.treaty(response, request.params.id, Action.comment);
    response.json(agreement.resolveComment(access, request.params.commentId));
  });

  router.post(`${clause}/reservations`, (request, response) => {
    const access = gate.treaty(response, request.params.id, Action.negotiate);
    const { text } = parseBody(ReservationRequest, request.body);
    response.status(201).json(agreement.enterReservation(access, request.params.clauseId, text));
  });

  router.delete('/treaties/:id/reservations/:reservationId', (request, response) => {
    const access = gate.treaty(response, request.params.id, Action.negotiate);
    response.json(agreement.withdrawReservation(access, request.params.reservationId));
  });

  return router;
}
