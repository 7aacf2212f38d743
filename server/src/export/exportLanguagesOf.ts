import { ApiErrorCode, languageName, readLanguages } from '@pactum/shared';
import type * as Y from 'yjs';
import { InvalidError } from '../DomainError.ts';

/**
 * The languages an export of `doc` is in: those asked for, each checked
 * against the treaty's (as it was in that version), or else its first.
 */
export function exportLanguagesOf(doc: Y.Doc, asked: readonly string[] | undefined): string[] {
  const languages = readLanguages(doc);
  if (!asked || asked.length === 0) return [languages[0] as string];
  for (const code of asked) {
    if (!languages.includes(code)) {
      throw new InvalidError(
        `lang: this text of the treaty has no ${languageName(code)} version ("${code}"); its languages are ${languages.join(', ')}`,
        ApiErrorCode.LanguageNotInTreaty,
        { language: code, languages: languages.join(',') },
      );
    }
  }
  return [...asked];
}
