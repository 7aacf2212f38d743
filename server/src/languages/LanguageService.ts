import {
  ApiErrorCode,
  isLanguageCode,
  type LanguagesJSON,
  languageName,
  readLanguages,
  setTreatyLanguages,
  treatyFromYDoc,
} from '@pactum/shared';
import type * as Y from 'yjs';
import type { TreatyAccess } from '../access/AccessControl.ts';
import { auditedTreatyEdit } from '../agreement/auditedTreatyEdit.ts';
import type { AuditLog } from '../audit/AuditLog.ts';
import type { RoomRegistry } from '../collab/RoomRegistry.ts';
import { ConflictError, InvalidError, NotFoundError } from '../DomainError.ts';
import type { TreatyService } from '../TreatyService.ts';
import type { VersionService } from '../versions/VersionService.ts';

/** The 24 official languages of the European Union are the most a real treaty has had to carry. */
export const MAX_LANGUAGES = 24;

function languagesJSON(codes: readonly string[]): LanguagesJSON {
  return { languages: codes.map((code) => ({ code, name: languageName(code) })) };
}

/**
 * The treaty's languages, changed by the chair only (the route checks) as a
 * server edit audited in the same transaction. Adding a language gives every
 * article, the title and the preamble an empty text in it; removing one
 * deletes those texts, after a checkpoint keeps them in the treaty's versions.
 */
export class LanguageService {
  constructor(
    private readonly treaties: TreatyService,
    private readonly rooms: RoomRegistry,
    private readonly versions: VersionService,
    private readonly audit: AuditLog,
  ) {}

  list(treatyId: string): Promise<LanguagesJSON> {
    return this.treaties.withDoc(treatyId, (doc) => languagesJSON(readLanguages(doc)));
  }

  add(access: TreatyAccess, code: string): Promise<LanguagesJSON> {
    return auditedTreatyEdit(this.treaties, this.audit, access, 'languages', (doc) => {
      const languages = readLanguages(doc);
      if (languages.includes(code))
        throw new ConflictError(
          `the treaty already has a text in ${languageName(code)} (${code})`,
          ApiErrorCode.LanguageExists,
          { language: code },
        );
      if (languages.length >= MAX_LANGUAGES)
        throw new ConflictError(
          `a treaty can have at most ${MAX_LANGUAGES} languages`,
          ApiErrorCode.TooManyLanguages,
          {
            count: MAX_LANGUAGES,
          },
        );
      setTreatyLanguages(doc, [...languages, code]);
      return {
        result: languagesJSON(readLanguages(doc)),
        audit: { event: 'language.added', details: { code, name: languageName(code) } },
      };
    });
  }

  async remove(access: TreatyAccess, code: string): Promise<LanguagesJSON> {
    if (!isLanguageCode(code))
      throw new InvalidError(`"${code}" is not an ISO 639-1 language code`, ApiErrorCode.NotALanguageCode, {
        code: String(code).slice(0, 35),
      });
    const present = await this.treaties.withDoc(access.treatyId, (doc) => readLanguages(doc));
    if (!present.includes(code)) throw notInTreaty(code, present);
    // The texts about to go stay readable in the version this makes.
    await this.versions.checkpoint(await this.rooms.open(access.treatyId));
    return auditedTreatyEdit(this.treaties, this.audit, access, 'languages', (doc) => {
      const languages = readLanguages(doc);
      if (!languages.includes(code)) throw notInTreaty(code, languages);
      if (languages.length === 1)
        throw new ConflictError(
          'a treaty needs at least one language: add another before removing this one',
          ApiErrorCode.LastLanguage,
          { language: code },
        );
      const articlesWithText = articlesWithTextIn(doc, code);
      setTreatyLanguages(
        doc,
        languages.filter((lang) => lang !== code),
      );
      return {
        result: languagesJSON(readLanguages(doc)),
        audit: { event: 'language.removed', details: { code, name: languageName(code), articlesWithText } },
      };
    });
  }
}

function notInTreaty(code: string, languages: readonly string[]): NotFoundError {
  return new NotFoundError(
    `the treaty has no text in ${languageName(code)} (${code})`,
    ApiErrorCode.LanguageNotInTreaty,
    { language: code, languages: languages.join(',') },
  );
}

/** How many articles have a text in `lang`: what a removal deletes, for the audit log. */
function articlesWithTextIn(doc: Y.Doc, lang: string): number {
  return treatyFromYDoc(doc, lang).clauses.filter((clause) => clause.text.trim() !== '').length;
}
