import { ApiErrorCode } from '@pactum/shared';
import { InvalidError } from '../DomainError.ts';

/**
 * The language a read asks for: `requested` if the treaty has it, its first
 * language when none is asked for; anything else is refused with the
 * treaty's languages named.
 */
export function chooseLanguage(requested: string | undefined, languages: readonly string[]): string {
  const first = languages[0] as string;
  if (requested === undefined) return first;
  if (languages.includes(requested)) return requested;
  throw new InvalidError(
    `"${requested}" is not a language of this treaty (${languages.join(', ')})`,
    ApiErrorCode.LanguageNotInTreaty,
    { language: requested, languages: languages.join(',') },
  );
}
