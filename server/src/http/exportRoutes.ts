import {
  Action,
  ApiErrorCode,
  ExportQuery,
  type ExportVerification,
  TREATY_FILE_FORMAT,
  TreatyFile,
  treatyFile,
  treatyFromYDoc,
} from '@pactum/shared';
import express, { Router } from 'express';
import type { AccessService } from '../access/AccessService.ts';
import { DomainError } from '../DomainError.ts';
import type { ExportService } from '../export/ExportService.ts';
import { findStamp } from '../export/findStamp.ts';
import { renderAkomaNtoso } from '../export/renderAkomaNtoso.ts';
import { renderDocx } from '../export/renderDocx.ts';
import { renderParallelPdf } from '../export/renderParallelPdf.ts';
import { renderPdf } from '../export/renderPdf.ts';
import { verificationVerdict } from '../export/verificationVerdict.ts';
import type { TreatyService } from '../TreatyService.ts';
import type { VersionService } from '../versions/VersionService.ts';
import { declaredBodyLimit } from './declaredBodyLimit.ts';
import { HttpError } from './HttpError.ts';
import { parseBody } from './parseBody.ts';
import type { TreatyGate } from './TreatyGate.ts';

const MAX_UPLOAD = 50 * 1024 * 1024;
const MAX_TREATY_FILE = 20 * 1024 * 1024;

/** "framework-agreement-on-…-paris-draft-3-agreed-uk" */
function fileStem(title: string, version: string, scope: string, languages: readonly string[] = []): string {
  const slug = `${title} ${version} ${scope} ${languages.join(' ')}`
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, 120) || 'treaty';
}

/** Exports (PDF, DOCX, Akoma Ntoso, JSON), import of a JSON file, and verification of a stamped file. */
export function exportRoutes(
  gate: TreatyGate,
  treaties: TreatyService,
  versions: VersionService,
  exports: ExportService,
  access: AccessService,
): Router {
  const router = Router();

  router.get('/treaties/:id/export.pdf', async (request, response) => {
    const reader = await gate.treaty(response, request.params.id, Action.read);
    const query = parseBody(ExportQuery, request.query);
    const annex = query.annex === '1' || query.annex === 'true';
    const file =
      query.lang?.length === 2
        ? await exports.parallel(request.params.id, query)
        : await exports.document(request.params.id, query);
    const pdf = 'texts' in file ? await renderParallelPdf(file, { annex }) : await renderPdf(file, { annex });
    await exports.record(reader, file, 'pdf');
    const { title, versionName, scope } = 'texts' in file ? file.texts[0] : file;
    const languages = 'texts' in file ? file.texts.map((text) => text.lang) : [file.lang];
    response
      .type('application/pdf')
      .attachment(`${fileStem(title, versionName, scope, languages)}.pdf`)
      .send(pdf);
  });

  router.get('/treaties/:id/export.docx', async (request, response) => {
    const reader = await gate.treaty(response, request.params.id, Action.read);
    const query = parseBody(ExportQuery, request.query);
    const document = await exports.document(request.params.id, query);
    const docx = await renderDocx(document);
    await exports.record(reader, document, 'docx');
    response
      .attachment(`${fileStem(document.title, document.versionName, document.scope, [document.lang])}.docx`)
      .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      .send(docx);
  });

  router.get('/treaties/:id/export.akn.xml', async (request, response) => {
    const reader = await gate.treaty(response, request.params.id, Action.read);
    const query = parseBody(ExportQuery, request.query);
    const document = await exports.document(request.params.id, query);
    const xml = renderAkomaNtoso(document, request.params.id);
    await exports.record(reader, document, 'akn');
    // attachment() sets the type from the extension; the AKN media type comes after it.
    response
      .attachment(
        `${fileStem(document.title, document.versionName, document.scope, [document.lang])}.akn.xml`,
      )
      .type('application/akn+xml; charset=utf-8')
      .send(xml);
  });

  router.get('/treaties/:id/export.json', async (request, response) => {
    const reader = await gate.treaty(response, request.params.id, Action.read);
    const treaty = await treaties.withDoc(request.params.id, (doc) => treatyFromYDoc(doc));
    const file = treatyFile(treaty, (await versions.list(request.params.id)).named, new Date().toISOString());
    await exports.recordBackup(reader);
    response.attachment(`${fileStem(treaty.title, 'backup', 'json')}.json`).json(file);
  });

  router.post('/imports', declaredBodyLimit(MAX_TREATY_FILE));
  router.post('/treaties/:id/verify-export', declaredBodyLimit(MAX_UPLOAD));
  router.post('/imports', express.json({ limit: MAX_TREATY_FILE }), async (request, response) => {
    const principal = gate.principal(response);
    const format = (request.body as { format?: unknown } | undefined)?.format;
    if (format !== TREATY_FILE_FORMAT) {
      throw new HttpError(
        400,
        ApiErrorCode.NotATreatyFile,
        'this is not a Pactum treaty file (its "format" must be "pactum-treaty")',
      );
    }
    const file = parseBody(TreatyFile, request.body);
    let created: Awaited<ReturnType<TreatyService['importFile']>>;
    try {
      created = await treaties.importFile(file);
    } catch (error) {
      if (error instanceof DomainError) throw error;
      throw new HttpError(
        400,
        ApiErrorCode.TreatyFileInvalid,
        `the file's text does not fit a treaty: ${(error as Error).message}`,
      );
    }
    await access.addCreator(created.id, principal, 'SEC');
    response.status(201).location(`/api/treaties/${created.id}`).json(created);
  });

  router.post(
    '/treaties/:id/verify-export',
    express.raw({ type: () => true, limit: MAX_UPLOAD }),
    async (request, response) => {
      await gate.treaty(response, request.params.id, Action.read);
      const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      if (bytes.length === 0)
        throw new HttpError(400, ApiErrorCode.FileMissing, 'send the exported file as the request body');
      const stamp = findStamp(bytes);
      const matches = stamp ? await exports.matches(request.params.id, stamp) : [];
      const body: ExportVerification = {
        stamp,
        matches: matches.map(
          ({ versionId, versionName, scope, format, exportedAt, exportedBy, languages }) => ({
            versionId,
            versionName,
            scope,
            format,
            exportedAt,
            exportedBy,
            languages,
          }),
        ),
        verdict: verificationVerdict(stamp, matches),
      };
      response.json(body);
    },
  );

  return router;
}
