import { createRequire } from 'node:module';
import path from 'node:path';
import { buildExport, type ExportDocument, type TreatyJSON } from '@pactum/shared';
import PDFDocument from 'pdfkit';
import { renderPdf } from '../../server/src/export/renderPdf.ts';
import { generateTreaty } from './generateTreaty.ts';
import { ms, stats } from './stats.ts';
import { writeResults } from './writeResults.ts';

const require = createRequire(import.meta.url);
const SERIF = path.join(
  path.dirname(require.resolve('dejavu-fonts-ttf/package.json')),
  'ttf/DejaVuSerif.ttf',
);

/** The anchor: pdfkit writing the same text as plain paragraphs, same font and size, nothing else. */
function rawPdfkit(treaty: TreatyJSON): Promise<{ bytes: number; pages: number }> {
  const doc = new PDFDocument({ size: 'A4', margin: 72 });
  doc.registerFont('serif', SERIF);
  doc.font('serif').fontSize(11);
  let pages = 1;
  doc.on('pageAdded', () => {
    pages += 1;
  });
  let bytes = 0;
  doc.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
  });
  const done = new Promise<{ bytes: number; pages: number }>((resolve) =>
    doc.on('end', () => resolve({ bytes, pages })),
  );
  doc.text(treaty.title);
  for (const paragraph of treaty.preamble.split('\n')) doc.text(paragraph);
  for (const clause of treaty.clauses) {
    doc.text(`${clause.label} — ${clause.heading}`);
    for (const paragraph of clause.text.split('\n')) doc.text(paragraph);
  }
  doc.end();
  return done;
}

async function time<T>(run: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await run();
  return { ms: performance.now() - start, result };
}

export async function exportBench(tiny: boolean): Promise<void> {
  const clauses = tiny ? 8 : 500;
  const runs = tiny ? 1 : 5;
  const treaty = generateTreaty(7, clauses, tiny ? 60 : 300);
  const document: ExportDocument = buildExport(
    'full',
    { treaty: treaty.json, records: new Map(), versionId: 'live', versionName: 'Live text' },
    new Date().toISOString(),
  );
  const countPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
  await renderPdf(document);
  await rawPdfkit(treaty.json);
  const ours: number[] = [];
  const anchor: number[] = [];
  let ourPages = 0;
  let anchorPages = 0;
  let ourBytes = 0;
  for (let run = 0; run < runs; run++) {
    // Alternate, so both see the same machine state.
    const a = await time(() => renderPdf(document));
    ours.push(a.ms);
    ourPages = countPages(a.result);
    ourBytes = a.result.length;
    const b = await time(() => rawPdfkit(treaty.json));
    anchor.push(b.ms);
    anchorPages = b.result.pages;
  }
  const oursStats = stats(ours);
  const anchorStats = stats(anchor);
  const pagesPerSecond = ourPages / (oursStats.median / 1000);
  const ratio = oursStats.median / anchorStats.median;
  console.log(`export: ${clauses} clauses, ${treaty.words} words (English and Ukrainian), ${runs} runs each`);
  console.log(
    `${'implementation'.padEnd(34)} ${'pages'.padStart(6)} ${'median'.padStart(11)} ${'p95'.padStart(11)}   min – max`,
  );
  console.log(
    `${'renderPdf (full scope)'.padEnd(34)} ${String(ourPages).padStart(6)} ${ms(oursStats.median).padStart(11)} ${ms(oursStats.p95).padStart(11)}   ${ms(oursStats.min)} – ${ms(oursStats.max)}`,
  );
  console.log(
    `${'raw pdfkit, plain paragraphs'.padEnd(34)} ${String(anchorPages).padStart(6)} ${ms(anchorStats.median).padStart(11)} ${ms(anchorStats.p95).padStart(11)}   ${ms(anchorStats.min)} – ${ms(anchorStats.max)}`,
  );
  console.log(
    `export: ${pagesPerSecond.toFixed(0)} pages/s (target ≥ 100), ${ratio.toFixed(2)}× the time of raw pdfkit (target ≤ 2×), ${(ourBytes / 1024).toFixed(0)} KiB`,
  );
  console.log(
    `results: ${writeResults(tiny ? 'export-tiny' : 'export', {
      clauses,
      words: treaty.words,
      pages: ourPages,
      anchorPages,
      pagesPerSecond,
      ratio,
      bytes: ourBytes,
      ours: oursStats,
      rawPdfkit: anchorStats,
    })}`,
  );
}
