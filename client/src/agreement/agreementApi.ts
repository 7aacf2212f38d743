import type { ClauseAgreement, ClauseComment, ClauseOption, Reservation } from '@pactum/shared';
import { request } from '../api/treatyApi.ts';

/*
 * The workflow's REST calls. The server writes the outcome into the treaty's
 * Y.Doc, so every open editor (this one included) sees it through the
 * AgreementStore; the responses matter only for their errors.
 */

const treaty = (treatyId: string) => `/api/treaties/${encodeURIComponent(treatyId)}`;
const clause = (treatyId: string, clauseId: string) =>
  `${treaty(treatyId)}/clauses/${encodeURIComponent(clauseId)}`;

function send<T>(method: 'POST' | 'DELETE', path: string, body?: object): Promise<T> {
  return request<T>(path, {
    method,
    ...(body && { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
  });
}

export const signOff = (treatyId: string, clauseId: string, adReferendum: boolean) =>
  send<ClauseAgreement>('POST', `${clause(treatyId, clauseId)}/signoff`, { adReferendum });

export const withdrawSignOff = (treatyId: string, clauseId: string) =>
  send<ClauseAgreement>('DELETE', `${clause(treatyId, clauseId)}/signoff`);

export const placeBracket = (treatyId: string, clauseId: string, reason: string) =>
  send<ClauseAgreement>('POST', `${clause(treatyId, clauseId)}/brackets`, reason ? { reason } : {});

export const liftBracket = (treatyId: string, clauseId: string) =>
  send<ClauseAgreement>('DELETE', `${clause(treatyId, clauseId)}/brackets`);

export const proposeOption = (treatyId: string, clauseId: string, paragraphs: string[]) =>
  send<ClauseOption>('POST', `${clause(treatyId, clauseId)}/options`, { paragraphs });

const option = (treatyId: string, optionId: string) =>
  `${treaty(treatyId)}/options/${encodeURIComponent(optionId)}`;

export const supportOption = (treatyId: string, optionId: string, support: boolean) =>
  send<ClauseOption>(support ? 'POST' : 'DELETE', `${option(treatyId, optionId)}/support`);

export const adoptOption = (treatyId: string, optionId: string) =>
  send<ClauseOption>('POST', `${option(treatyId, optionId)}/adopt`);

export const addComment = (treatyId: string, clauseId: string, text: string, parentId?: string) =>
  send<ClauseComment>('POST', `${clause(treatyId, clauseId)}/comments`, {
    text,
    ...(parentId && { parentId }),
  });

export const resolveComment = (treatyId: string, commentId: string) =>
  send<ClauseComment>('POST', `${treaty(treatyId)}/comments/${encodeURIComponent(commentId)}/resolve`);

export const enterReservation = (treatyId: string, clauseId: string, text: string) =>
  send<Reservation>('POST', `${clause(treatyId, clauseId)}/reservations`, { text });

export const withdrawReservation = (treatyId: string, reservationId: string) =>
  send<Reservation>('DELETE', `${treaty(treatyId)}/reservations/${encodeURIComponent(reservationId)}`);
