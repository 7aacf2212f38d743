import {
  buildCompareExport,
  buildExport,
  type ExportDocument,
  type ExportScope,
  type ExportSource,
  readAgreement,
  treatyFromYDoc,
} from '@pactum/shared';
import type * as Y from 'yjs';
import { auditActor, type TreatyAccess } from '../access/AccessControl.ts';
import type { AuditLog } from '../audit/AuditLog.ts';
import { InvalidError } from '../DomainError.ts';
import type { ExportRecord } from '../persistence/ExportRepository.ts';
import type { Storage } from '../persistence/Storage.ts';
import type { TreatyService } from '../TreatyService.ts';
import type { VersionService } from '../versions/VersionService.ts';

export interface ExportRequest {
  scope: ExportScope;
  /** For `agreed` and `full`: a version id or `live`. */
  version: string;
  /** For `compare`: the older and the newer side. */
  from?: string;
  to?: string;
}

const LIVE_NAME = 'Live text';

/** Builds what an export contains from a version or the live text, and records each export made. */
export class ExportService {
  constructor(
    private readonly treaties: TreatyService,
    private readonly versions: VersionService,
    private readonly storage: Storage,
    private readonly audit: AuditLog,
  ) {}

  async document(treatyId: string, request: ExportRequest, now = new Date()): Promise<ExportDocument> {
    const exportedAt = now.toISOString();
    if (request.scope === 'compare') {
      if (!request.from || !request.to) {
        throw new InvalidError('a compare export needs from and to (a version id or live)');
      }
      const from = await this.#source(treatyId, request.from);
      return buildCompareExport(from, await this.#source(treatyId, request.to), exportedAt);
    }
    return buildExport(request.scope, await this.#source(treatyId, request.version), exportedAt);
  }

  /** Records that `document` went out as `format`, with its stamp, in the audit chain too. */
  async record(access: TreatyAccess, document: ExportDocument, format: string): Promise<void> {
    const record: ExportRecord = {
      treatyId: access.treatyId,
      stamp: document.stamp,
      scope: document.scope,
      format,
      versionId: document.versionId,
      versionName: document.versionName,
      comparedWith: document.comparedWith?.versionId ?? null,
      exportedAt: document.exportedAt,
      exportedBy: access.delegation ? `${access.displayName} · ${access.delegation}` : access.displayName,
    };
    await this.storage.transaction(async (scope) => {
      await scope.exports.add(record);
      await scope.audit.append(access.treatyId, auditActor(access), 'export.made', {
        format,
        scope: document.scope,
        versionId: document.versionId,
        comparedWith: record.comparedWith,
        stamp: document.stamp,
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

  /** Known exports of `treatyId` that carry `stamp`. */
  async matches(treatyId: string, stamp: string): Promise<ExportRecord[]> {
    return (await this.storage.exports.byStamp(stamp)).filter((record) => record.treatyId === treatyId);
  }

  async #source(treatyId: string, ref: string): Promise<ExportSource> {
    const read = (doc: Y.Doc) => ({ treaty: treatyFromYDoc(doc), records: readAgreement(doc) });
    if (ref === 'live') {
      return { ...(await this.treaties.withDoc(treatyId, read)), versionId: 'live', versionName: LIVE_NAME };
    }
    return this.versions.withVersionDoc(treatyId, ref, (doc, meta) => ({
      ...read(doc),
      versionId: meta.id,
      versionName: meta.name ?? `Checkpoint of ${meta.createdAt}`,
    }));
  }
}
