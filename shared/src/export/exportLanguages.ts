import { z } from 'zod';
import { isLanguageCode } from '../languages/languageCodes.ts';

/** How many languages one export may hold: one, or two side by side. */
export const MAX_EXPORT_LANGUAGES = 2;

/**
 * The `lang` of an export request: one ISO 639-1 code, or two different ones
 * separated by a comma for a bilingual export, as a list.
 */
export const ExportLanguages = z
  .string()
  .transform((value) => value.split(','))
  .refine(
    (codes) => codes.length <= MAX_EXPORT_LANGUAGES && codes.every(isLanguageCode),
    'must be a language code such as "uk", or two such as "en,uk" for a bilingual PDF',
  )
  .refine((codes) => new Set(codes).size === codes.length, 'names the same language twice');
