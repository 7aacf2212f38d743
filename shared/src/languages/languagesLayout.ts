import type * as Y from 'yjs';
import { isLanguageCode } from './languageCodes.ts';

/**
 * Root type `languages` (Y.Map): under `codes`, the treaty's languages in
 * order, as one array of ISO 639-1 codes. Every title, preamble and article
 * holds one text per language, in this order (treatyLayout.ts). Only the
 * server writes it (the chair adds or removes a language through REST), and
 * one value replaced whole, rather than a Y.Array, keeps readers from ever
 * writing: reading a Y.Array root that does not exist yet opens a transaction.
 */
export const LANGUAGES_ROOT = 'languages';
const CODES = 'codes';

/** What a treaty made before language versions is in. */
export const DEFAULT_LANGUAGES: readonly string[] = ['en'];

/** The languages of the treaty in `doc`: the valid codes in order, each once; the default if none. */
export function readLanguages(doc: Y.Doc): string[] {
  const codes = doc.getMap<unknown>(LANGUAGES_ROOT).get(CODES);
  const valid = new Set(Array.isArray(codes) ? codes.filter(isLanguageCode) : []);
  return valid.size > 0 ? [...valid] : [...DEFAULT_LANGUAGES];
}

/** Sets the treaty's languages (in a transaction of the caller's). */
export function writeLanguages(doc: Y.Doc, languages: readonly string[]): void {
  doc.getMap<unknown>(LANGUAGES_ROOT).set(CODES, [...languages]);
}
