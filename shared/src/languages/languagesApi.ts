import { z } from 'zod';
import { isLanguageCode } from './languageCodes.ts';

const languageCode = z
  .string('must be a string')
  .refine(isLanguageCode, 'must be an ISO 639-1 language code of two lowercase letters, such as "uk"');

/** `POST /api/treaties/:id/languages`: adds a language, with an empty text for every article. */
export const AddLanguageRequest = z.strictObject({ code: languageCode });

/** `GET`, `POST`, `DELETE /api/treaties/:id/languages…`: the treaty's languages, in order. */
export interface LanguagesJSON {
  languages: Array<{ code: string; name: string }>;
}
