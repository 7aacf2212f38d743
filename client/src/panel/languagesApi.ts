import type { LanguagesJSON } from '@pactum/shared';
import { request } from '../api/treatyApi.ts';

/*
 * The chair's REST calls for the treaty's languages. The server writes them
 * into the shared document, so the texts and the panels change live.
 */
const languages = (treatyId: string) => `/api/treaties/${encodeURIComponent(treatyId)}/languages`;

export const addLanguage = (treatyId: string, code: string) =>
  request<LanguagesJSON>(languages(treatyId), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code }),
  });

export const removeLanguage = (treatyId: string, code: string) =>
  request<LanguagesJSON>(`${languages(treatyId)}/${encodeURIComponent(code)}`, { method: 'DELETE' });
