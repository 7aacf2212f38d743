import {
  ApiErrorCode,
  buildCompareExport,
  buildExport,
  type ExportDocument,
  type ExportScope,
  type ExportSource,
  exportMade,
  type ParallelExport,
  parallelExport,
  readAgreement,
  treatyFromYDoc,
  treatyInLanguage,
} from '@pactum/shared';
import type * as Y from 'yjs';
import { auditActor, type TreatyAccess } from '../access/AccessControl.ts';
import type { AuditLog } from '../audit/AuditLog.ts';
import { InvalidError } from '../DomainError.ts';
import type { ExportRecord } from '../persistence/ExportRepository.ts';
import type { Storage } from '../persistence/Storage.ts';
import type { TreatyService } from '../TreatyService.ts';
import type { VersionService } from '../versions/VersionService.ts';
import { exportLanguagesByStamp } from './exportLanguagesByStamp.ts';
import { exportLanguagesOf } from './exportLanguagesOf.ts';

export interface ExportRequest {
  scope: ExportScope;
  /** For `agreed` and `full`: a version id or `live`. */
  version: string;
  /** For `compare`: the older and the newer side. */
  from?: string;
  to?: string;
  /** One language, or two for a bilingual export; absent: the treaty's first. */
  lang?: string[];
}

/** An export made that a file's stamp matched, with the languages of that file. */
export type ExportMatch = ExportRecord & { languages: string[] };

const LIVE_NAME = 'Live text';

/** Builds what an export contains from a version or the live text, and records each export made. */
export class ExportService {
  constructor(
    private readonly treaties: TreatyService,
    private readonly versions: VersionService,
    private readonly storage: Storage,
    private readonly audit: AuditLog,
  ) {}

  /** One language's export; a request for two is refused (only a PDF holds two, see {@link parallel}). */
  async document(treatyId: string, request: ExportRequest, now = new Date()): Promise<ExportDocument> {
    if ((request.lang?.length ?? 0) > 1) {
      throw new InvalidError(
        'lang: a Word or Akoma Ntoso export holds one language (one expression per language); ask for a PDF for two side by side',
        ApiErrorCode.ExportOneLanguage,
      );
    }
    return (await this.#documents(treatyId, request, now))[0] as ExportDocument;
  }

  /** Two languages of the same text, read from the same moment, for a bilingual PDF. */
  async parallel(treatyId: string, request: ExportRequest, now = new Date()): Promise<ParallelExport> {
    if (request.lang?.length !== 2)
      throw new InvalidError(
        'lang: a bilingual export needs two languages',
        ApiErrorCode.ExportNeedsTwoLanguages,
      );
    const [first, second] = await this.#documents(treatyId, request, now);
    return parallelExport(first as ExportDocument, second as ExportDocument);
  }

  async #documents(treatyId: string, request: ExportRequest, now: Date): Promise<ExportDocument[]> {
    const exportedAt = now.toISOString();
    if (request.scope === 'compare') {
      if (!request.from || !request.to) {
        throw new InvalidError(
          'a compare export needs from and to (a version id or live)',
          ApiErrorCode.CompareNeedsVersions,
        );
      }
      const to = await this.#sources(treatyId, request.to, request.lang);
      // The older side is read in the newer side's languages; one it did not have yet reads as empty.
      const from = await this.#sources(
        treatyId,
        request.from,
        to.map((source) => source.treaty.lang),
        true,
      );
      return to.map((newer, index) => buildCompareExport(from[index] as ExportSource, newer, exportedAt));
    }
    const scope = request.scope;
    return (await this.#sources(treatyId, request.version, request.lang)).map((source) =>
      buildExport(scope, source, exportedAt),
    );
  }

  /** Records that `document` went out as `format`, with its stamp, in the audit chain too. */
  async record(access: TreatyAccess, file: ExportDocument | ParallelExport, format: string): Promise<void> {
    const made = exportMade(file);
    const record: ExportRecord = {
      treatyId: access.treatyId,
      stamp: made.stamp,
      scope: made.scope,
      format,
      versionId: made.versionId,
      versionName: made.versionName,
      comparedWith: made.comparedWith?.versionId ?? null,
      exportedAt: made.exportedAt,
      exportedBy: access.delegation ? `${access.displayName} · ${access.delegation}` : access.displayName,
    };
    await this.storage.transaction(async (scope) => {
      await scope.exports.add(record);
      await scope.audit.append(access.treatyId, auditActor(access), 'export.made', {
        format,
        scope: made.scope,
        versionId: made.versionId,
        comparedWith: record.comparedWith,
        stamp: made.stamp,
        languages: made.languages,
      });
    });
  }

  /**
   * Records a JSON backup in the audit chain. It holds the whole live text, so it
   * is logged like an export; it carries no stamp, so there is no export record to keep.
   */
  async recordBackup(access: TreatyAccess): Promise<void> {
    await this.audit.append(access.treatyId, auditActor(access), 'export.made', {
      format: 'json',
      scope: 'backup',
      versionId: 'live',
    });
  }

  /** Known exports of `treatyId` that carry `stamp`, with their languages (from the audit chain). */
  async matches(treatyId: string, stamp: string): Promise<ExportMatch[]> {
    const records = (await this.storage.exports.byStamp(stamp)).filter(
      (record) => record.treatyId === treatyId,
    );
    if (records.length === 0) return [];
    const languages = exportLanguagesByStamp(await this.audit.entries(treatyId), stamp);
    return records.map((record) => ({ ...record, languages }));
  }

  /**
   * The text at `ref` in each language asked for, read from one state of the
   * treaty; `older`: the older side of a compare, where a language the text
   * did not have yet reads as empty instead of being refused.
   */
  async #sources(
    treatyId: string,
    ref: string,
    lang: string[] | undefined,
    older = false,
  ): Promise<ExportSource[]> {
    const read = (doc: Y.Doc) => {
      const records = readAgreement(doc);
      if (older && lang) {
        const treaty = treatyFromYDoc(doc);
        return lang.map((code) => ({ treaty: treatyInLanguage(treaty, code), records }));
      }
      return exportLanguagesOf(doc, lang).map((code) => ({ treaty: treatyFromYDoc(doc, code), records }));
    };
    if (ref === 'live') {
      const texts = await this.treaties.withDoc(treatyId, read);
      return texts.map((text) => ({ ...text, versionId: 'live', versionName: LIVE_NAME }));
    }
    return this.versions.withVersionDoc(treatyId, ref, (doc, meta) =>
      read(doc).map((text) => ({
        ...text,
        versionId: meta.id,
        versionName: meta.name ?? `Checkpoint of ${meta.createdAt}`,
        ...(meta.name ? {} : { checkpointAt: meta.createdAt }),
      })),
    );
  }
}
