import type { CustomDomain, DomainRequest, Party } from '@pactum/shared';
import { request } from '../api/treatyApi.ts';

/*
 * The chair's REST calls for the treaty's parties and its own domains. The
 * server writes them into the shared document, so the panels see the outcome
 * live; the responses matter only for their errors.
 */

const treaty = (treatyId: string) => `/api/treaties/${encodeURIComponent(treatyId)}`;
const party = (treatyId: string, code: string) => `${treaty(treatyId)}/parties/${encodeURIComponent(code)}`;
const json = (body: object) => ({
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

/** Adds the party, or renames it in its place. */
export const putParty = (treatyId: string, code: string, name: string) =>
  request<Party>(party(treatyId, code), { method: 'PUT', ...json({ name }) });

export const deleteParty = (treatyId: string, code: string) =>
  request<Party>(party(treatyId, code), { method: 'DELETE' });

/** The server derives the key from the label. */
export const addDomain = (treatyId: string, domain: Omit<DomainRequest, 'key'>) =>
  request<CustomDomain>(`${treaty(treatyId)}/domains`, { method: 'POST', ...json(domain) });
